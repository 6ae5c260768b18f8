package store_test

import (
	"bytes"
	"context"
	"encoding/base32"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/store"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multibase"
	mh "github.com/multiformats/go-multihash"
)

func mustLocal(tb testing.TB) *store.Local {
	tb.Helper()
	l, err := store.NewLocal(filepath.Join(tb.TempDir(), "blocks"))
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

func TestCID(t *testing.T) {
	// "b" + base32lower(0x01 0x55 0x12 0x20 ‖ sha256), as ARCHITECTURE.md says.
	data := []byte("hello")
	want := "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq"
	if got := store.CID(data); got != want {
		t.Fatalf("CID = %s, want %s", got, want)
	}
	d, err := store.Digest(want)
	if err != nil {
		t.Fatal(err)
	}
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	if got := "b" + strings.ToLower(enc.EncodeToString(append([]byte{0x01, 0x55, 0x12, 0x20}, d[:]...))); got != want {
		t.Fatalf("hand-built CID = %s, want %s", got, want)
	}
	if store.CIDFromDigest(d) != want {
		t.Fatal("CIDFromDigest does not invert Digest")
	}
}

func TestDigest_Err(t *testing.T) {
	raw := cid.MustParse(store.CID([]byte("hello")))
	base58, _ := raw.StringOfBase(multibase.Base58BTC)
	upper, _ := raw.StringOfBase(multibase.Base32Upper)
	blake, _ := mh.Sum([]byte("hello"), mh.BLAKE2B_MIN+31, -1)
	short, _ := mh.Sum([]byte("hello"), mh.SHA2_256, 20)
	for name, c := range map[string]string{
		"ErrEmpty":     "",
		"ErrGarbage":   "not a cid",
		"ErrV0":        cid.NewCidV0(raw.Hash()).String(),
		"ErrDagPB":     cid.NewCidV1(cid.DagProtobuf, raw.Hash()).String(),
		"ErrUppercase": upper,
		"ErrBase58":    base58,
		"ErrBlake2b":   cid.NewCidV1(cid.Raw, blake).String(),
		"ErrShortHash": cid.NewCidV1(cid.Raw, short).String(),
		"ErrIdentity":  "bafkqaaa",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := store.Digest(c)
			t.Log(err)
			if datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("Digest(%q) err = %v, want EINVALID", c, err)
			}
		})
	}
}

func TestLocal(t *testing.T) {
	ctx := context.Background()
	l := mustLocal(t)
	data := []byte("a package")
	c, err := l.Put(ctx, data)
	if err != nil || c != store.CID(data) {
		t.Fatalf("Put = %s, %v", c, err)
	}
	t.Run("Get", func(t *testing.T) {
		got, err := l.Get(ctx, c)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("Get = %q, %v", got, err)
		}
	})
	t.Run("Has", func(t *testing.T) {
		if ok, err := l.Has(ctx, c); !ok || err != nil {
			t.Fatalf("Has = %v, %v", ok, err)
		}
		if ok, err := l.Has(ctx, store.CID([]byte("other"))); ok || err != nil {
			t.Fatalf("Has(absent) = %v, %v", ok, err)
		}
	})
	t.Run("PutAgain", func(t *testing.T) {
		if c2, err := l.Put(ctx, data); c2 != c || err != nil {
			t.Fatalf("second Put = %s, %v", c2, err)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		ce, err := l.Put(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := l.Get(ctx, ce); err != nil || len(got) != 0 {
			t.Fatalf("Get(empty) = %q, %v", got, err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := l.Get(ctx, store.CID([]byte("other"))); datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("err = %v, want ENOTFOUND", err)
		}
	})
	t.Run("ErrBadCID", func(t *testing.T) {
		if _, err := l.Get(ctx, "../../etc/passwd"); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
		if _, err := l.Has(ctx, "x"); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrCancelled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := l.Put(cctx, data); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
	})
	t.Run("NoTempFilesLeft", func(t *testing.T) {
		filepath.WalkDir(l.Dir(), func(p string, d os.DirEntry, err error) error {
			if strings.HasPrefix(d.Name(), ".put-") {
				t.Errorf("temporary file %s left behind", p)
			}
			return nil
		})
	})
}

// blockFile returns the file of c in l, found by name.
func blockFile(t *testing.T, l *store.Local, c string) string {
	t.Helper()
	var found string
	filepath.WalkDir(l.Dir(), func(p string, d os.DirEntry, err error) error {
		if d.Name() == c {
			found = p
		}
		return nil
	})
	if found == "" {
		t.Fatalf("no file for %s", c)
	}
	return found
}

func TestLocal_Corrupt(t *testing.T) {
	ctx := context.Background()
	for name, corrupt := range map[string]func([]byte) []byte{
		"FlippedBit": func(b []byte) []byte { b[3] ^= 1; return b },
		"Truncated":  func(b []byte) []byte { return b[:len(b)-1] },
		"Appended":   func(b []byte) []byte { return append(b, 0) },
		"Emptied":    func(b []byte) []byte { return nil },
	} {
		t.Run(name, func(t *testing.T) {
			l := mustLocal(t)
			data := []byte("some package bytes")
			c, _ := l.Put(ctx, data)
			p := blockFile(t, l, c)
			os.Chmod(p, 0o644)
			if err := os.WriteFile(p, corrupt(bytes.Clone(data)), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := l.Get(ctx, c)
			if datpin.ErrorCode(err) != datpin.EINVALID || got != nil {
				t.Fatalf("Get = %q, %v; want nil, EINVALID", got, err)
			}
			if !strings.Contains(err.Error(), "corrupt") {
				t.Fatalf("error %q does not say corrupt", err)
			}
			// Putting the right bytes again repairs the block.
			if _, err := l.Put(ctx, data); err != nil {
				t.Fatal(err)
			}
			if got, err := l.Get(ctx, c); err != nil || !bytes.Equal(got, data) {
				t.Fatalf("after repair Get = %q, %v", got, err)
			}
		})
	}
}

func TestLocal_Concurrent(t *testing.T) {
	ctx := context.Background()
	l := mustLocal(t)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				// Half the blocks are shared by every goroutine.
				data := []byte(fmt.Sprintf("block %d", i))
				if i%2 == 1 {
					data = []byte(fmt.Sprintf("block %d of %d", i, g))
				}
				c, err := l.Put(ctx, data)
				if err != nil {
					errs <- err
					return
				}
				got, err := l.Get(ctx, c)
				if err != nil || !bytes.Equal(got, data) {
					errs <- fmt.Errorf("Get(%s) = %q, %v", c, got, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func BenchmarkLocal_Put(b *testing.B) {
	l := mustLocal(b)
	data := bytes.Repeat([]byte("x"), 400<<10)
	b.SetBytes(int64(len(data)))
	i := 0
	for b.Loop() {
		data[0], data[1] = byte(i), byte(i>>8)
		i++
		if _, err := l.Put(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLocal_Get(b *testing.B) {
	l := mustLocal(b)
	data := bytes.Repeat([]byte("x"), 400<<10)
	c, _ := l.Put(context.Background(), data)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := l.Get(context.Background(), c); err != nil {
			b.Fatal(err)
		}
	}
}
