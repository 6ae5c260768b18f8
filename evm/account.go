package evm

import (
	"crypto/ecdsa"
	"encoding/binary"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
)

// Account is a key that signs transactions. Its String never shows the key.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// NewAccount wraps a private key.
func NewAccount(key *ecdsa.PrivateKey) *Account {
	return &Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

func (a *Account) String() string { return a.Address.Hex() }

// DevAccount derives a throwaway development key from a label and an index. Such keys are public
// knowledge: use them only on the embedded chain and local development nodes.
func DevAccount(label string, i uint32) *Account {
	seed := make([]byte, 0, len(label)+16)
	seed = append(seed, "datpin-dev-key/"...)
	seed = append(seed, label...)
	seed = binary.BigEndian.AppendUint32(seed, i)
	for ctr := byte(0); ; ctr++ {
		h := crypto.Keccak256(seed, []byte{ctr})
		key, err := crypto.ToECDSA(h)
		if err == nil {
			return NewAccount(key)
		}
	}
}

// AnvilAccount returns one of the well-known accounts anvil funds at start (index 0..9), derived
// from its public development mnemonic.
func AnvilAccount(i int) *Account {
	key, err := crypto.HexToECDSA(anvilKeys[i])
	if err != nil {
		panic(err)
	}
	return NewAccount(key)
}

// The first keys of anvil's public "test test ... junk" development mnemonic.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbeb2cdd4f8",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// LoadKeystore decrypts a geth keystore (scrypt) file.
func LoadKeystore(path, password string) (*Account, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "read key file %s", path)
	}
	k, err := keystore.DecryptKey(blob, password)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAUTHORIZED, err, "decrypt key file %s (wrong password?)", path)
	}
	return NewAccount(k.PrivateKey), nil
}
