package pack

import (
	"bytes"
	"errors"
	"io"

	"filippo.io/age"

	"github.com/datpin/datpin"
)

// DataKeySize is the size of a package's data key.
const DataKeySize = 16

// DataKey is the key a package's records are encrypted with: the file key of its age payload,
// drawn at random when the package is sealed and used for that package alone. The payload's
// header holds it wrapped to each recipient of the package (validators, operator); access for
// someone else is given by wrapping the same key to that someone (WrapDataKey), never by
// decrypting and re-encrypting the records, so the package's bytes, CID and signature stay those
// anchored on chain.
type DataKey [DataKeySize]byte

// DataKey unwraps the package's data key with one of identities. The key is authenticated: the
// header's MAC, keyed by it, must verify. No matching identity is an EUNAUTHORIZED error; a
// malformed header or a MAC that does not verify is EINVALID.
func (p *Package) DataKey(identities ...age.Identity) (DataKey, error) {
	var k DataKey
	hdr, err := age.ExtractHeader(bytes.NewReader(p.Payload))
	if err != nil {
		return k, datpin.Wrap(datpin.EINVALID, err, "payload has a malformed age header")
	}
	fk, err := age.DecryptHeader(hdr, identities...)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return k, datpin.Wrap(datpin.EUNAUTHORIZED, err, "no identity can unwrap the package's data key")
		}
		return k, datpin.Wrap(datpin.EINVALID, err, "cannot unwrap the package's data key")
	}
	if len(fk) != DataKeySize {
		return k, datpin.Errorf(datpin.EINVALID, "data key is %d bytes, not %d", len(fk), DataKeySize)
	}
	copy(k[:], fk)
	return k, nil
}

// OpenWithKey decrypts the records with the package's data key and checks them as Open does. A
// key that is not the package's is an EINVALID error (the header's MAC does not verify).
func (p *Package) OpenWithKey(k DataKey) ([]datpin.PublicRecord, error) {
	r, err := age.Decrypt(bytes.NewReader(p.Payload), age.NewInjectedFileKeyIdentity(k[:]))
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "the data key does not open the package")
	}
	return p.read(r)
}

// WrapDataKey encrypts a data key to recipients: an age file (binary format) whose plaintext is
// the key's 16 bytes. Encryption is randomized.
func WrapDataKey(k DataKey, recipients ...age.Recipient) ([]byte, error) {
	if len(recipients) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "no recipient to wrap the data key to")
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, recipients...)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot wrap the data key")
	}
	if _, err = w.Write(k[:]); err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot wrap the data key")
	}
	return buf.Bytes(), nil
}

// UnwrapDataKey decrypts a key wrapped by WrapDataKey with one of identities. No matching
// identity is an EUNAUTHORIZED error; anything but an age file of exactly 16 bytes is EINVALID.
func UnwrapDataKey(wrapped []byte, identities ...age.Identity) (DataKey, error) {
	var k DataKey
	r, err := age.Decrypt(bytes.NewReader(wrapped), identities...)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return k, datpin.Wrap(datpin.EUNAUTHORIZED, err, "no identity can unwrap the data key")
		}
		return k, datpin.Wrap(datpin.EINVALID, err, "cannot unwrap the data key")
	}
	b, err := io.ReadAll(io.LimitReader(r, DataKeySize+1))
	if err != nil {
		return k, datpin.Wrap(datpin.EINVALID, err, "cannot unwrap the data key")
	}
	if len(b) != DataKeySize {
		return k, datpin.Errorf(datpin.EINVALID, "wrapped data key is %d bytes, not %d", len(b), DataKeySize)
	}
	copy(k[:], b)
	return k, nil
}
