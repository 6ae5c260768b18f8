package pack_test

import (
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
)

// A validator unwraps a package's data key and wraps it to a buyer, who opens the package with
// it: the same records as the validator's, and nobody else's identity or key opens it.
func TestDataKey_WrapToBuyer(t *testing.T) {
	p, recs, validator, operator := mustSeal(t, 1440)
	b, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	q, err := pack.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	k, err := q.DataKey(validator)
	if err != nil {
		t.Fatal(err)
	}
	if k2, err := q.DataKey(operator); err != nil || k2 != k {
		t.Fatalf("the operator's unwrap gives another key (%v): one package, one data key", err)
	}
	buyer, stranger := mustIdentity(t), mustIdentity(t)
	wrapped, err := pack.WrapDataKey(k, buyer.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	got, err := pack.UnwrapDataKey(wrapped, buyer)
	if err != nil || got != k {
		t.Fatalf("buyer unwraps %x (%v), want %x", got, err, k)
	}
	records, err := q.OpenWithKey(got)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(records, recs) {
		t.Fatal("records opened with the data key differ from the sealed ones")
	}

	if _, err := pack.UnwrapDataKey(wrapped, stranger); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
		t.Fatalf("stranger unwraps the buyer's key: %v", err)
	}
	if _, err := q.DataKey(buyer); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
		t.Fatalf("the buyer is not a recipient of the package, yet: %v", err)
	}
	wrong := k
	wrong[0] ^= 1
	if _, err := q.OpenWithKey(wrong); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("a wrong key opens the package: %v", err)
	}
	// Another package's key does not open this one.
	other, _, otherValidator, _ := mustSeal(t, 10)
	ok, err := other.DataKey(otherValidator)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.OpenWithKey(ok); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("another package's key opens this one: %v", err)
	}
	// A flipped byte of the ciphertext body is caught after the key opens the header.
	body := slices.Clone(q.Payload)
	body[len(body)-5] ^= 0x40
	tampered := *q
	tampered.Payload = body
	if _, err := tampered.OpenWithKey(k); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("tampered payload opened: %v", err)
	}
}

func TestDataKey_Err(t *testing.T) {
	if _, err := pack.WrapDataKey(pack.DataKey{1}); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("wrap to nobody: %v", err)
	}
	id := mustIdentity(t)
	// An age file of another length is not a data key.
	long, err := pack.WrapDataKey(pack.DataKey{1}, id.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pack.UnwrapDataKey(long[:len(long)-1], id); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("truncated wrapped key: %v", err)
	}
	if _, err := pack.UnwrapDataKey([]byte("not age"), id); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("garbage: %v", err)
	}
}

// BenchmarkOpenWithDataKey is what a buyer does per delivered package of 1,440 records: decode,
// check the signature, unwrap the data key, decrypt, and re-hash every record into the root.
func BenchmarkOpenWithDataKey(b *testing.B) {
	p, _, validator, _ := mustSeal(b, 1440)
	enc, err := p.Encode()
	if err != nil {
		b.Fatal(err)
	}
	buyer := mustIdentity(b)
	k, err := p.DataKey(validator)
	if err != nil {
		b.Fatal(err)
	}
	wrapped, err := pack.WrapDataKey(k, buyer.Recipient())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		q, err := pack.Decode(enc)
		if err != nil {
			b.Fatal(err)
		}
		if err := q.Verify(testDomain); err != nil {
			b.Fatal(err)
		}
		dk, err := pack.UnwrapDataKey(wrapped, buyer)
		if err != nil {
			b.Fatal(err)
		}
		recs, err := q.OpenWithKey(dk)
		if err != nil {
			b.Fatal(err)
		}
		leaves, err := pack.Leaves(recs)
		if err != nil || pack.Root(leaves) != q.Manifest.MerkleRoot {
			b.Fatal("root")
		}
	}
	b.ReportMetric(float64(b.N)*1440/b.Elapsed().Seconds(), "records/s")
}
