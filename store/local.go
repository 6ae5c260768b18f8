package store

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/datpin/datpin"
)

var _ datpin.ContentStore = (*Local)(nil)

// Local is a ContentStore in a directory: one file per block, named by its
// CID, under a subdirectory named by the CID's last two characters. Writes
// go to a temporary file that is synced and renamed into place, so a block
// file is either absent or complete. Reads check the bytes against the CID.
// Local is safe for concurrent use, also by several processes.
type Local struct {
	dir string
}

// NewLocal returns a Local store in dir, creating the directory if needed.
func NewLocal(dir string) (*Local, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot create store directory")
	}
	return &Local{dir: dir}, nil
}

// Dir returns the store's directory.
func (l *Local) Dir() string { return l.dir }

func (l *Local) path(c string) string {
	return filepath.Join(l.dir, c[len(c)-2:], c)
}

// Put stores data and returns its CID. Storing bytes already present costs
// a read; a present but corrupt copy is replaced.
func (l *Local) Put(ctx context.Context, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "put cancelled")
	}
	c := CID(data)
	p := l.path(c)
	if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, data) {
		return c, nil
	}
	if err := writeAtomic(p, data); err != nil {
		return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot write block %s", c)
	}
	return c, nil
}

func writeAtomic(p string, data []byte) error {
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".put-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o444)
	}
	if err == nil {
		err = os.Rename(tmp, p)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	// Make the rename itself durable.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Get returns the block stored under c after checking it against c. A
// missing block is ENOTFOUND; a block whose bytes do not match is EINVALID.
func (l *Local) Get(ctx context.Context, c string) ([]byte, error) {
	d, err := Digest(c)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "get cancelled")
	}
	data, err := os.ReadFile(l.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "block %s not found", c)
	} else if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot read block %s", c)
	}
	if err := check(c, d, data); err != nil {
		return nil, err
	}
	return data, nil
}

// Has reports whether a block file exists for c. It does not read the
// block; Get checks its integrity.
func (l *Local) Has(ctx context.Context, c string) (bool, error) {
	if _, err := Digest(c); err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, datpin.Wrap(datpin.EUNAVAILABLE, err, "has cancelled")
	}
	_, err := os.Stat(l.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	} else if err != nil {
		return false, datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot stat block %s", c)
	}
	return true, nil
}
