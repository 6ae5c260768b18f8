// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkgroth16verifier

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

// ZKGroth16VerifierMetaData contains all meta data concerning the ZKGroth16Verifier contract.
var ZKGroth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[24]\",\"name\":\"vk\",\"type\":\"uint256[24]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"KeyInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"VerifyingKey\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKGroth16Verifier",
	Bin: "0x6103a0806040523461047a57610ac1803803809161001d828561047e565b833981016103008282031261047a5780601f8301121561047a576103009060405192610049838561047e565b839083810192831161047a57905b82821061046a575050505f5b601881106104305750815161007e60208401918251906104d3565b1561031957600e5b601881106103e0575061024092604051916100a1858461047e565b843684375f5b60038110610335575084602080946040519283916100c5848461047e565b8336843760085afa15908115610328575b506103195781516080525160a052604081015160c052606081015160e05260808101516101005260a08101516101205260c08101516101405260e081015161016052610100810151610180526101208101516101a0526101408101516101c0526101608101516101e052610180810151610200526101a0810151610220526101c081015184526101e081015161026052610200810151610280526102208101516102a052838101516102c0526102608101516102e05261028081015183526102a0810151610320526102c0810151610340526102e0810151610360526040519082820192835f905b6018821061030457505050508281526101d96103208261047e565b519020908161038052604051917f68d2b1382996b2446038d8867a00c05cd178b08c8f5b2cf53d9c8184f4ca72c55f80a261059f9283610522843960805183610311015260a05183610338015260c0518361035f015260e05183610386015261010051836103ad015261012051836103d4015261014051836104070152610160518361042e0152610180518361045501526101a0518361047c01526101c0518361027501526101e0518361029c015261020051836102c3015261022051836102ea0152518260b00152610260518260d80152610280518261012e01526102a0518261010d01526102c0518261017c01526102e0518261015b015251816101ca015261032051816101a901526103405181610218015261036051816101f7015261038051816104ec0152f35b828060019286518152019401910190926101be565b636a545a9960e01b5f5260045ffd5b600191505114155f6100d6565b5f5b6004811061034857506001016100a7565b6001600160fe1b03821682036103cc578160021b600201806002116103cc576103748261037a926104c6565b856104b5565b5190826006026006810484036103cc57600281018091116103cc578161039f916104c6565b9160128310156103b85760019260051b87015201610337565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6103ea81856104b5565b5160018201908183116103cc5761040461040b92876104b5565b51906104d3565b1561031957600281018091111561008657634e487b7160e01b5f52601160045260245ffd5b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4761045b82856104b5565b51101561031957600101610063565b8151815260209182019101610057565b5f80fd5b601f909101601f19168101906001600160401b038211908210176104a157604052565b634e487b7160e01b5f52604160045260245ffd5b9060188110156103b85760051b0190565b919082018092116103cc57565b6040519190608083016001600160401b038111848210176104a157604052825260208201525f60408201525f60608201526040906080825191610516848461047e565b8336843760065afa9056fe6080806040526004361015610012575f80fd5b5f3560e01c9081634fe840f5146104d75750636bf062b214610032575f80fd5b346104d35760a03660031901126104d35760043567ffffffffffffffff81116104d357366023820112156104d357806004013567ffffffffffffffff81116104d35736602482840101116104d3573660a4116104d357610100036104b057604051906080820182811067ffffffffffffffff8211176104bf576040527f0000000000000000000000000000000000000000000000000000000000000000825260208201917f000000000000000000000000000000000000000000000000000000000000000083525f60408201525f60608201526101536024357f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008461050f565b6101a16044357f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008461050f565b6101ef6064357f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008461050f565b61023d6084357f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008461050f565b51915191610300604051938185019285841067ffffffffffffffff8511176104bf5761010060246020968896604052853688370185377f00000000000000000000000000000000000000000000000000000000000000006101008501527f00000000000000000000000000000000000000000000000000000000000000006101208501527f00000000000000000000000000000000000000000000000000000000000000006101408501527f00000000000000000000000000000000000000000000000000000000000000006101608501527f00000000000000000000000000000000000000000000000000000000000000006101808501527f00000000000000000000000000000000000000000000000000000000000000006101a08501527f00000000000000000000000000000000000000000000000000000000000000006101c08501527f00000000000000000000000000000000000000000000000000000000000000006101e08501527f00000000000000000000000000000000000000000000000000000000000000006102008501527f00000000000000000000000000000000000000000000000000000000000000006102208501526102408401526102608301527f00000000000000000000000000000000000000000000000000000000000000006102808301527f00000000000000000000000000000000000000000000000000000000000000006102a08301527f00000000000000000000000000000000000000000000000000000000000000006102c08301527f00000000000000000000000000000000000000000000000000000000000000006102e08301528160085afa905116156104b057005b631ff3747d60e21b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b346104d3575f3660031901126104d3576020907f00000000000000000000000000000000000000000000000000000000000000008152f35b929190917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110156105835760405190606082019282841067ffffffffffffffff8511176104bf5760409485948552835260208301528282015260608285019160075afa9160808160065afa16156104b057565b63a54f8e2760e01b5f5260045ffdfea164736f6c6343000825000a",
}

// ZKGroth16Verifier is an auto generated Go binding around an Ethereum contract.
type ZKGroth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKGroth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewZKGroth16Verifier creates a new instance of ZKGroth16Verifier.
func NewZKGroth16Verifier() *ZKGroth16Verifier {
	parsed, err := ZKGroth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKGroth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKGroth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256[24] vk) returns()
func (zKGroth16Verifier *ZKGroth16Verifier) PackConstructor(vk [24]*big.Int) []byte {
	enc, err := zKGroth16Verifier.abi.Pack("", vk)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKGroth16Verifier *ZKGroth16Verifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := zKGroth16Verifier.abi.Pack("verifyProof", proof, input)
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
func (zKGroth16Verifier *ZKGroth16Verifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return zKGroth16Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVkHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe840f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkHash() view returns(bytes32)
func (zKGroth16Verifier *ZKGroth16Verifier) PackVkHash() []byte {
	enc, err := zKGroth16Verifier.abi.Pack("vkHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe840f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkHash() view returns(bytes32)
func (zKGroth16Verifier *ZKGroth16Verifier) TryPackVkHash() ([]byte, error) {
	return zKGroth16Verifier.abi.Pack("vkHash")
}

// UnpackVkHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fe840f5.
//
// Solidity: function vkHash() view returns(bytes32)
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackVkHash(data []byte) ([32]byte, error) {
	out, err := zKGroth16Verifier.abi.Unpack("vkHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// ZKGroth16VerifierVerifyingKey represents a VerifyingKey event raised by the ZKGroth16Verifier contract.
type ZKGroth16VerifierVerifyingKey struct {
	VkHash [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ZKGroth16VerifierVerifyingKeyEventName = "VerifyingKey"

// ContractEventName returns the user-defined event name.
func (ZKGroth16VerifierVerifyingKey) ContractEventName() string {
	return ZKGroth16VerifierVerifyingKeyEventName
}

// UnpackVerifyingKeyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifyingKey(bytes32 indexed vkHash)
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackVerifyingKeyEvent(log *types.Log) (*ZKGroth16VerifierVerifyingKey, error) {
	event := "VerifyingKey"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != zKGroth16Verifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ZKGroth16VerifierVerifyingKey)
	if len(log.Data) > 0 {
		if err := zKGroth16Verifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range zKGroth16Verifier.abi.Events[event].Inputs {
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
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKGroth16Verifier.abi.Errors["KeyInvalid"].ID.Bytes()[:4]) {
		return zKGroth16Verifier.UnpackKeyInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKGroth16Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zKGroth16Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKGroth16Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zKGroth16Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKGroth16VerifierKeyInvalid represents a KeyInvalid error raised by the ZKGroth16Verifier contract.
type ZKGroth16VerifierKeyInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyInvalid()
func ZKGroth16VerifierKeyInvalidErrorID() common.Hash {
	return common.HexToHash("0x6a545a990fafea95c17ec4b863870f5fbe61b82fd06c3935141ef76fa20d9829")
}

// UnpackKeyInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyInvalid()
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackKeyInvalidError(raw []byte) (*ZKGroth16VerifierKeyInvalid, error) {
	out := new(ZKGroth16VerifierKeyInvalid)
	if err := zKGroth16Verifier.abi.UnpackIntoInterface(out, "KeyInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKGroth16VerifierProofInvalid represents a ProofInvalid error raised by the ZKGroth16Verifier contract.
type ZKGroth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZKGroth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackProofInvalidError(raw []byte) (*ZKGroth16VerifierProofInvalid, error) {
	out := new(ZKGroth16VerifierProofInvalid)
	if err := zKGroth16Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKGroth16VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the ZKGroth16Verifier contract.
type ZKGroth16VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZKGroth16VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zKGroth16Verifier *ZKGroth16Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*ZKGroth16VerifierPublicInputNotInField, error) {
	out := new(ZKGroth16VerifierPublicInputNotInField)
	if err := zKGroth16Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
