package zk

import (
	"math/big"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/datpin/datpin"
)

// PublicInputs is the number of public inputs of the circuit: commitment, token id, threshold,
// region.
const PublicInputs = 4

// VerifierKeyWords is the length of a VerifierKey.
const VerifierKeyWords = 2 + 3*4 + 2*(PublicInputs+1)

// VerifierKey is a Groth16 verifying key as the ZKGroth16Verifier contract takes it at
// construction, in the encoding of the EVM's BN254 precompiles (EIP-196/197; a G2 coordinate is
// its imaginary part first):
//
//	[0..1]   α (G1)
//	[2..5]   −β (G2)
//	[6..9]   −γ (G2)
//	[10..13] −δ (G2)
//	[14..23] K₀..K₄ (G1): the constant term and one point per public input
//
// The verifier checks e(A, B)·e(C, −δ)·e(α, −β)·e(K₀ + Σ xᵢKᵢ₊₁, −γ) = 1.
type VerifierKey [VerifierKeyWords]*big.Int

// SolidityKey converts a verifying key of the circuit (any batch size) into the words the
// on-chain verifier takes. A key with Pedersen commitments or another number of public inputs
// is refused: the circuit has neither.
func SolidityKey(vk groth16.VerifyingKey) (VerifierKey, error) {
	var out VerifierKey
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return out, datpin.Errorf(datpin.EINVALID, "zk: verifying key is not a BN254 key")
	}
	if len(v.CommitmentKeys) != 0 || len(v.G1.K) != PublicInputs+1 {
		return out, datpin.Errorf(datpin.EINVALID, "zk: verifying key has %d commitments and %d public inputs, want 0 and %d",
			len(v.CommitmentKeys), len(v.G1.K)-1, PublicInputs)
	}
	words := make([]*big.Int, 0, VerifierKeyWords)
	g1 := func(p *curve.G1Affine) {
		words = append(words, p.X.BigInt(new(big.Int)), p.Y.BigInt(new(big.Int)))
	}
	negG2 := func(p *curve.G2Affine) {
		var n curve.G2Affine
		n.Neg(p)
		words = append(words, n.X.A1.BigInt(new(big.Int)), n.X.A0.BigInt(new(big.Int)),
			n.Y.A1.BigInt(new(big.Int)), n.Y.A0.BigInt(new(big.Int)))
	}
	g1(&v.G1.Alpha)
	negG2(&v.G2.Beta)
	negG2(&v.G2.Gamma)
	negG2(&v.G2.Delta)
	for i := range v.G1.K {
		g1(&v.G1.K[i])
	}
	copy(out[:], words)
	return out, nil
}

// Equal reports whether two keys have the same words.
func (k VerifierKey) Equal(o VerifierKey) bool {
	for i := range k {
		if k[i] == nil || o[i] == nil || k[i].Cmp(o[i]) != 0 {
			return false
		}
	}
	return true
}

// DevVerifierKey returns the on-chain verifying key of the development keys of a batch size
// without running their setup (the 4,096-record setup takes half an hour): the words are
// recorded here, and CheckPinned compares them with every development key it loads or makes.
func DevVerifierKey(size int) (VerifierKey, bool) {
	hexes, ok := devVerifierKeys[size]
	if !ok {
		return VerifierKey{}, false
	}
	var k VerifierKey
	for i, h := range hexes {
		k[i], _ = new(big.Int).SetString(h, 16)
	}
	return k, true
}

// devVerifierKeys are SolidityKey of the development verifying keys (DevSetup), whose hashes are
// in Pinned.
var devVerifierKeys = map[int][VerifierKeyWords]string{
	8: {
		"1b1f7d633b06c4f4d40ba825310ac0a998899252e5f22b7d0d38a5d28d3d2d7a", "183adf8ed57a91fcf2dd06f5c75dc465ab3cb7d6c811f27cc0a9530eab451c79",
		"00956058ce680c5662b8f9a96e14407e5b19db6e1dc7748099d92899452cd9ce", "15f6459336edaa67f45cca476d1c3580bb88d2f2fe205bc222ab3ebed439a2ee",
		"21755b78a95b386bb018b740f55dcdce127a9312203b1295e17ede709a98635e", "2b37b4f55f05bc90158647b30717a1fda30bf98abd6a41c1884379554561dd58",
		"0f5d4a1d7516db73aee0b1d04bf753fb68d82b8b8558dabf42c99a2d34cf2c5a", "29e8c98af9675d8a539e70ca5f900a000e779df175c5e224ba03f654521414cd",
		"21d2546f51dd713d129b8cadee4cc57673154e9184e77f6386f8a13a0bea7ec6", "18ddcdd5fc310f525cd9fecb6b292eed8025d17899089ffac66b39fb361b043c",
		"1a4d6fa1c35a98292f94e5e767597bcae91907aa4f938fc3140aaa1cfeb9ae22", "1a582d1f0ab0a74b3ea92ef10b0a2dc0ef1acd8b6f2dd9cea206ddd426ce53e6",
		"1ffa2ce279e231f783015895f35c4761c41b1a0ea6f32dcd3c6fc4980304350b", "07d64a1f687e9ee8cf52f5f764a0a9d4d1039058a864859fb7ab58ad62190ed2",
		"07ad4b9da7421327f9dc196a07b634df0887936a4585322ab77c875aacb30821", "0f07e579bde06c11e3515b8df5701333488245a5dc9e107f98aa96f37c6dc262",
		"00b1ec3797287329a163c6e3a16a1c65e43f1567030c35c84027c440dfc4db39", "01d2ec434dca2d17df797c81bacd2b184ec1c7cd2ff117f64b8acee7e1730c97",
		"166e4cfc17b24400fea6529539fe86dfcd46dd0cd18fe9e5ddd8ca087581b40b", "0b8faa5c423c2745c32e0cd0cf5f5df0ae2db708f8f21c321385b1bcf1415efb",
		"15a938ca9a09faff8ea137a050004410117891f92404965283928ade12a51afe", "0a979e3e279d766847f5dcef8debdbd0b91081c64ee8feb123a6a18036b5e729",
		"04eb204bf8892efafa1328041df898b1b3bb57c050646186ec4975f99798b545", "111bef192def148a751e511adc3486ba1f643f7d2c2e9176c3949e2256a363ba",
	},
	256: {
		"16b076e098d142d51c12d9dc8d8a41a0e525f3a068d64ce0793177e22f8e0f5d", "2a701ca17dc6c121ecddb290845442b1e7bc91736d28ed2d24c2b480fd5923d0",
		"2aabccb6c36c2404529b0dab792ce16faa07b5b29f15f0d16c8215eef0a6383c", "1527adc43ba215e216df5c507ea3d315f5a58f93c2a94f4261d9431f329ddfbd",
		"0d67bae6956bfe56ced59e285aeb4c1094d541e55d825b97347e91f0e5ca557f", "203f9c846ee52e467d93851e2f31cb9376fe616fd8fc007db8015194f892b991",
		"13dfa06cd33b1d9f4a240361872b9d200db48a901279ddb8b9c65b2f77605868", "240c9eadd1d79ae57c914af696b4d05757436f886aa15009bde3a35d2eade7cb",
		"1ab62dff3072cedf36e55c74465d9d9eca7f85978f155c06186e791ce2b41509", "10bbe151bca7d1d08ec79baa995547c52ffdd1f5fc18a85e94aebcce92cce883",
		"0207bf55d20891a514dcd4e8c0e2d5e338b00a094fdef35e3329df62b96fecca", "0ce3dab3d0e79231b20be70f638f8f6150c6a556c5edcd56f567293f8691f64b",
		"0372458b98bd49b067f309a0af0267f2b88ec9a1d156571706d8c3efc6821d1e", "2148ed8283a4b9d245aa11e2244128674517573e1bcdf6d4293f91f07b0e37d1",
		"1cb33078393711b7e9fde22876b843135f16bd7a8dc0d0a1fbe4eec22787cd0e", "0e85987b986aee4bddfbf25af53cd664dad902f655a28438c09421dd576209e6",
		"1064bc762f0980f7cb0120f175a87e05118d1067099f89c1910fa177210ed3a1", "0fc1f7b745b55a770dfff69639a0ab0c6f9127d2eddbabee18078ef5560aacc5",
		"0509676944399c59351ad326c12488d140a23f03e54bc6aa83b29ad4d82184d6", "031647b898265da5351c8f2a8a6b23e6701e6014aee678761eaa6a0284271ca9",
		"002e94b59e486879409a57bbe7e95883e67cdfc50044f60009672e69dce6aac6", "0305d7c592e00a4793c4205c1188f0bf41d9c658fd780d91af8e538a3d45fe1f",
		"15b533b71e7c935063ac7c7c7b56a74b1483f2de30542db374673c1b1cf4b3b0", "19ee533a71629ac2526182944d369138e0683e0fe63e1543c4eb5d9ae8da394c",
	},
	1024: {
		"0e2d76847ee52acc69a131bde1dadb4260ef5169bfd6b7bd8417513b30f73c7e", "289fa43b0b41d791e20d078ac37e2e642b2594f5db7002fed86f57e1b3ed6aa7",
		"1d5fda558445ec3e1cf3fdc1721003a96c95270e521b52480f40eb5332283065", "22df9d3fae4f1309bee63135466c16abbf1216477dc360cc240a0f4c968f20ba",
		"05f76c8af3a1c6cb3c79496d19ba59f58f70c8c8cab4c56ecc31d0f97c3e2f9c", "293f5c0ecf438eb3fd12d2952200fabcd583bc2eabfec9c28e7ced869de3d03a",
		"2a6ffa2aab4aac1897cd6778f601434bed87d3629bfc34d5031899f46c28b993", "102582ff2902debe997c899da462df15dd932e6269e14895480e45eca55e826f",
		"23afc0237954ee4bb40a1aa18161053ec25c2d1f9bbf5e5ad11c89d9f61e76ba", "130d377c9633d96e9c68662f48731f18d759b01241eaf78878af4b50e9d238d0",
		"00b1a1bb7c582f3871f07a823da9faef98605297042e25b19244d1fb2dec3270", "10c836da5d83c1b59be412d1b5a9bfd01b8816b7540103ef3f36883130b7f882",
		"28d4966e8e0305b41e6eb9b6670299e847e84ed1e183ce6718b99e727670254f", "021f35146bf16c32cee5515b3dd47be5ed81285cc6285c28bb0306a16866f90a",
		"2880ad37d75db66c5dceb2e1a68f77503bc2855350990a4963383347b13a348c", "0c15eb18c7ca8fba1796deabd0d6fd8f32565abed9242c2b111d5951fc09c5b9",
		"08c8b5f4528df6cec55e6a20c77350ab4c39f8a7effdb3c91c0235977ed2a5f1", "14e099460eafb689cf47b6c2deb2ca9df8c9efc5c426e826ed770e66a46a8008",
		"2290ca99232db311f68507d52c5f19afdfb820c27a885acf693cf46795cf755c", "275568bb5abb71bb430cb8d7318947ceff2bfafbedc27c99b696dfac5f59cd47",
		"107daf40ea36a67ceb8f5e040f4e46362cd5e47a3e5bd2792d060b96b1a672cb", "015879bb3cd3ec6f97f1cac149fb8b3584aaea65adb0cc6ad97bc65653da5656",
		"1da922f6d1ab5a9108881a70bc8389bc785d826ec9c84d60a62f0db21ff92e6d", "0bd19e238b6bf361ca95314b5db6c7db0e55f13094b77756ed6c9bb2ae0a2388",
	},
	4096: {
		"23aff25ed9b8a1789ee6e9318b6595e76fa77dcae29cc45f11b324a39ddff8e3", "1603bae25b803c9964ec949091f55418893705d36fef343d4a009b8c45a5005b",
		"1b561cea211c0551096c384d0e44d290becc80d5551b0edc0e7fa01b1836d85e", "04560dcf0594a2b60a98cfbdcc759a9abac9a3b67d9094f053bd3ab3ed82dc63",
		"1be0578ebbf7dcf0cff6a36c8d1bf6f2ffc1234bc2b28b5f821176b0f2f6f6ca", "06addeb18718d1176faaf71cb79d0e7e4e4dd62512e8d90bbc10d7e118273b80",
		"2e5f9e8b1d8ccab416fa1fa84f985a0ef20b71e87babb2bb1b99b5196c58797f", "23e6a54b725a838ef348e4149c642564d127ea4fd15126a9e7b9ac486ed744e4",
		"2dd5839f6cf94c9c49ce504c5866d92ef7baff4cbc14e16186618017af17363e", "2a0928d726884b1f50ddf433bb45da9bc07e58b507f3a69a9d1bf305c3416291",
		"0acfb2174f31078f5c639be7129b1649285bba94d3f9bdca8d1d06ee3bd6eae2", "080fd155c072317956ea9c35b009831820dd8c8580f0f9125ccce70689edef3a",
		"2f0c0a9c91f76e6ab06071bb08cc62f66d969efe9f2ae5a13be5fe5ed5ec900f", "0a95646371707b9d018b3ca0a4bdf77ca2cc5beaccc69b6be51d76a61cd5abc8",
		"202586b62cef88de56b9e10ea7810e1e5d8febde96ec863f0a50939b85f366e9", "1071e8b1342ceb6cbe4445324e0cce837e084526979dc7b481c512b9e64e10fa",
		"236ab5f6d8857a112672f1b53b2a8715fbd51c3d618411289ba3ef245fde3589", "2d54a983d4157d5baa1b2658b30b3b2ae4a6dfec1e9e18ed0fe6b21c3c5f1761",
		"01051d9044014a84d5d2b26339af312561c1881acafcf8614c18bda602a42788", "16eeaefffd5db340d549e36cc0aaa7f0bd5e3eab882ce3800bbf28b62decdb2f",
		"096c2037d5ef1660f5ea1eea319b803dab64a4df1c2d4ba8b117c4f28797fc7c", "2eecd59c5d8e53dcb4829d17aac93c9ad779ad8524475f5d7c616e1b2c1938a5",
		"20a58c4d16403fdb0e92facebd78d690de7c99fdfdefabf29b26ddd3d61cab32", "0d3268b062a045715ecc2ad1ad88fa6e0447fd15d4065794232e79e5089f9259",
	},
}
