package agent

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// Keys gives the signing key of each station's device. A station's key
// signs its packages, its contributions and its onboarding; its pseudonym
// secret is derived from it (see PseudonymSecret).
type Keys interface {
	Key(station string) (*ecdsa.PrivateKey, error)
}

// DevKeys derives every station's key from its id with
// evm.DevAccount("station/"+id, 0). The keys are public knowledge: use them
// only on the embedded chain and local development nodes.
type DevKeys struct{}

// Key implements Keys.
func (DevKeys) Key(station string) (*ecdsa.PrivateKey, error) {
	return evm.DevAccount("station/"+station, 0).Key, nil
}

// DevStationAccount returns the development account of a station (DevKeys).
func DevStationAccount(station string) *evm.Account { return evm.DevAccount("station/"+station, 0) }

// KeystoreDir loads station keys from a directory of geth keystore files,
// one per station, named <station>.json and encrypted with Password
// (create one with `datpin keys new --dir DIR` and rename it, or
// `datpin keys import`). Decrypted keys are kept in memory.
type KeystoreDir struct {
	Dir      string
	Password string

	mu   sync.Mutex
	keys map[string]*ecdsa.PrivateKey
}

// Key implements Keys. A station without a file is ENOTFOUND.
func (k *KeystoreDir) Key(station string) (*ecdsa.PrivateKey, error) {
	if station == "" || station == "." || station == ".." || strings.ContainsAny(station, `/\`+"\x00") {
		return nil, datpin.Errorf(datpin.EINVALID, "station id %q cannot name a key file", station)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if key, ok := k.keys[station]; ok {
		return key, nil
	}
	path := filepath.Join(k.Dir, station+".json")
	if _, err := os.Stat(path); err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "no key for station %s (want %s)", station, path)
	}
	acct, err := evm.LoadKeystore(path, k.Password)
	if err != nil {
		return nil, err
	}
	if k.keys == nil {
		k.keys = map[string]*ecdsa.PrivateKey{}
	}
	k.keys[station] = acct.Key
	return acct.Key, nil
}

// pseudonymLabel separates the pseudonym secret from other uses of a key.
const pseudonymLabel = "datpin/agent/pseudonym-secret/v1"

// PseudonymSecret derives a device's pseudonym secret from its key:
// HMAC-SHA256(private key, "datpin/agent/pseudonym-secret/v1"). It stays on
// the device with the key and is stable across restarts, so a device's
// pseudonyms within an epoch do not depend on when its batch was made.
func PseudonymSecret(key *ecdsa.PrivateKey) []byte {
	m := hmac.New(sha256.New, crypto.FromECDSA(key))
	m.Write([]byte(pseudonymLabel))
	return m.Sum(nil)
}
