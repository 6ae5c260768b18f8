package zk

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/datpin/datpin"
)

// Keys are a compiled circuit of one batch size with its Groth16 proving and verifying keys.
type Keys struct {
	Size int
	CCS  constraint.ConstraintSystem
	PK   groth16.ProvingKey
	VK   groth16.VerifyingKey
}

// Compile compiles the circuit for a batch size. Compilation is deterministic: the same size
// always gives the same constraint system.
func Compile(size int) (constraint.ConstraintSystem, error) {
	if size <= 0 || size%pairsPerFe != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: batch size %d is not a positive even number", size)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(size))
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "zk: compile circuit of %d", size)
	}
	return ccs, nil
}

// setupMu serializes development setups: each swaps the process's crypto/rand.Reader.
var setupMu sync.Mutex

// DevSetup runs a Groth16 setup whose toxic waste is drawn from a ChaCha8 stream seeded by
// SHA-256("datpin/zk/dev/v1", size): anyone can recompute the same keys, and anyone can therefore
// forge proofs with them. They are for tests, the demo and development chains only; a production
// deployment uses keys from a multi-party ceremony (docs/ZK.md).
//
// gnark samples the toxic waste from crypto/rand.Reader, so for the few milliseconds of sampling
// (and the rest of the setup) the process's Reader is the seeded stream; do not run DevSetup in a
// process that generates secrets concurrently.
func DevSetup(ccs constraint.ConstraintSystem, size int) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	seed := sha256.Sum256(fmt.Appendf(nil, "datpin/zk/dev/v1/%d", size))
	setupMu.Lock()
	defer setupMu.Unlock()
	saved := rand.Reader
	rand.Reader = mrand.NewChaCha8(seed)
	defer func() { rand.Reader = saved }()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, datpin.Wrap(datpin.EINTERNAL, err, "zk: setup of %d", size)
	}
	return pk, vk, nil
}

// KeyHash is the SHA-256 of a key's binary encoding (gnark's WriteTo), hex.
func KeyHash(k io.WriterTo) string {
	h := sha256.New()
	if _, err := k.WriteTo(h); err != nil {
		panic(err) // writing to a hash cannot fail
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Pinned are the SHA-256 hashes of the development keys (KeyHash of the verifying and proving
// key) per batch size. TestDevKeys_Pinned recomputes the test size's; `datpin zk setup` checks
// every size it generates against them.
var Pinned = map[int][2]string{
	TestSize: {"6ca4a112c2edf745017038ed16555e16676f2994e4981a14b05b7e1798e30913", "a0fe6f93a7749293cbf54fbb3af5a030e86fe01e52949d052567e28761e684f7"},
	256:      {"cc0439564a9149079c7674d3b1d4b08b490515a1d50bc829881c4abf06629091", "ee626819efce9ceaf84250fc1aa6ecf267ee97d79c27b9d48e3916a2ab0759ce"},
	1024:     {"90f0b5957cf0223d259f805574e93aaf10f4259db71174d81f363ef1d6bb69dc", "1c50e1a3deaed97a268e15a5e5b0fd247c3d69f8d8a38759c6bcb140e98ef048"},
	4096:     {"da099ad82e454d64702988d7a4b1c4ce6d9b6f888cd06a968c37f29e5123831c", "d21b2ea86f217d10c822b53d1cfd05ba901e4e59a8d46b97a2dc77412a28b3f7"},
}

// CacheDir is where development keys are cached: $DATPIN_CACHE/zk, else the user cache dir's
// datpin/zk. Keys are outside the checkout: the proving key of 4096 records is hundreds of MB.
func CacheDir() string {
	if d := os.Getenv("DATPIN_CACHE"); d != "" {
		return filepath.Join(d, "zk")
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "datpin", "zk")
	}
	return filepath.Join(os.TempDir(), "datpin-zk")
}

var errCacheStale = errors.New("cached keys do not match the pinned hashes")

var (
	devMu   sync.Mutex
	devKeys = map[int]*Keys{}
)

// DevKeys returns the development keys of a batch size: from memory, else from the cache
// directory (checked against Pinned), else compiled and set up (DevSetup) and written to the cache.
// dir "" means CacheDir(). A setup swaps the process's randomness source while it runs (DevSetup):
// call DevKeys before starting work that draws secrets, or use LoadDevKeys.
func DevKeys(dir string, size int) (*Keys, error) {
	devMu.Lock()
	defer devMu.Unlock()
	if k := devKeys[size]; k != nil {
		return k, nil
	}
	if dir == "" {
		dir = CacheDir()
	}
	ccs, err := Compile(size)
	if err != nil {
		return nil, err
	}
	k := &Keys{Size: size, CCS: ccs}
	k.PK, k.VK, err = readKeys(dir, size)
	if err == nil && k.CheckPinned() != nil {
		err = errCacheStale // a damaged or outdated cache: set up again
	}
	if err != nil {
		if k.PK, k.VK, err = DevSetup(ccs, size); err != nil {
			return nil, err
		}
		if err := k.CheckPinned(); err != nil {
			return nil, err
		}
		if err := writeKeys(dir, size, k.PK, k.VK); err != nil {
			return nil, err
		}
	}
	devKeys[size] = k
	return k, nil
}

// LoadDevKeys returns the development keys of a batch size from memory or the cache directory
// ("" for CacheDir) without ever running a setup: long-running processes (the agent) use it, since
// DevSetup swaps the process's randomness source while it runs. It fails with ENOTFOUND when
// the keys are not cached yet (`datpin zk setup --size N` makes them).
func LoadDevKeys(dir string, size int) (*Keys, error) {
	devMu.Lock()
	defer devMu.Unlock()
	if k := devKeys[size]; k != nil {
		return k, nil
	}
	if dir == "" {
		dir = CacheDir()
	}
	pk, vk, err := readKeys(dir, size)
	if err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "zk: no development keys of %d records in %s: run `datpin zk setup --size %d`", size, dir, size)
	}
	ccs, err := Compile(size)
	if err != nil {
		return nil, err
	}
	k := &Keys{Size: size, CCS: ccs, PK: pk, VK: vk}
	if err := k.CheckPinned(); err != nil {
		return nil, err
	}
	devKeys[size] = k
	return k, nil
}

// CheckPinned compares the keys' hashes with Pinned and their on-chain form with DevVerifierKey
// (sizes without a pin pass).
func (k *Keys) CheckPinned() error {
	want, ok := Pinned[k.Size]
	if !ok {
		return nil
	}
	if vh := KeyHash(k.VK); vh != want[0] {
		return datpin.Errorf(datpin.EINVALID, "zk: verifying key of %d hashes to %s, pinned %s", k.Size, vh, want[0])
	}
	if ph := KeyHash(k.PK); ph != want[1] {
		return datpin.Errorf(datpin.EINVALID, "zk: proving key of %d hashes to %s, pinned %s", k.Size, ph, want[1])
	}
	if dv, ok := DevVerifierKey(k.Size); ok {
		sk, err := SolidityKey(k.VK)
		if err != nil {
			return err
		}
		if !sk.Equal(dv) {
			return datpin.Errorf(datpin.EINVALID, "zk: verifying key of %d differs from the recorded on-chain development key", k.Size)
		}
	}
	return nil
}

func keyPaths(dir string, size int) (pk, vk string) {
	base := filepath.Join(dir, fmt.Sprintf("dev-v1-%d", size))
	return base + ".pk", base + ".vk"
}

func readKeys(dir string, size int) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	pkPath, vkPath := keyPaths(dir, size)
	pk, vk := groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
	for _, f := range []struct {
		path string
		k    io.ReaderFrom
	}{{vkPath, vk}, {pkPath, pk}} {
		b, err := os.ReadFile(f.path)
		if err != nil {
			return nil, nil, err
		}
		if _, err := f.k.ReadFrom(bytes.NewReader(b)); err != nil {
			return nil, nil, err
		}
	}
	return pk, vk, nil
}

func writeKeys(dir string, size int, pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: key cache")
	}
	pkPath, vkPath := keyPaths(dir, size)
	for _, f := range []struct {
		path string
		k    io.WriterTo
	}{{pkPath, pk}, {vkPath, vk}} {
		var buf bytes.Buffer
		if _, err := f.k.WriteTo(&buf); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "zk: encode key")
		}
		// Write then rename, so a crash never leaves a truncated key behind.
		tmp := f.path + ".tmp"
		if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write key")
		}
		if err := os.Rename(tmp, f.path); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write key")
		}
	}
	return nil
}
