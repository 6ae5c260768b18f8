package pack_test

import (
	"crypto/sha256"
	"testing"

	"filippo.io/age"
	"github.com/datpin/datpin/pack"
)

// Benchmarks over a station-day of 10,000 records. Each reports records/s
// so the stages compare with each other and with raw SHA-256 of the same
// bytes.
const benchRecords = 10_000

func reportRecords(b *testing.B, n int) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkEncode(b *testing.B) {
	recs := sampleRecords(benchRecords, 1)
	buf := make([]byte, 0, 2<<20)
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for i := range recs {
			buf, _ = pack.AppendRecord(buf, &recs[i])
		}
	}
	b.SetBytes(int64(len(buf)))
	reportRecords(b, len(recs))
}

// BenchmarkMerkle: record hash, leaf and root from the encoded records.
func BenchmarkMerkle(b *testing.B) {
	recs := sampleRecords(benchRecords, 1)
	stream, _, _ := pack.AppendBatch(nil, nil, recs)
	offs := recordOffsets(stream)
	leaves := make([][32]byte, len(recs))
	b.ReportAllocs()
	b.SetBytes(int64(len(stream)))
	for b.Loop() {
		for i := range leaves {
			leaves[i] = pack.Leaf(stream[offs[i]:offs[i+1]])
		}
		pack.Root(leaves)
	}
	reportRecords(b, len(recs))
}

// BenchmarkEncodeMerkle: records to stream and root in one pass, buffers reused.
func BenchmarkEncodeMerkle(b *testing.B) {
	recs := sampleRecords(benchRecords, 1)
	var stream []byte
	var leaves [][32]byte
	b.ReportAllocs()
	for b.Loop() {
		stream, leaves, _ = pack.AppendBatch(stream[:0], leaves[:0], recs)
		pack.Root(leaves)
	}
	b.SetBytes(int64(len(stream)))
	reportRecords(b, len(recs))
}

// BenchmarkSHA256: one SHA-256 per encoded record, the cost of the cheapest
// standard hash over the same bytes.
func BenchmarkSHA256(b *testing.B) {
	recs := sampleRecords(benchRecords, 1)
	stream, _, _ := pack.AppendBatch(nil, nil, recs)
	offs := recordOffsets(stream)
	b.ReportAllocs()
	b.SetBytes(int64(len(stream)))
	var sum [32]byte
	for b.Loop() {
		for i := range len(recs) {
			sum = sha256.Sum256(stream[offs[i]:offs[i+1]])
		}
	}
	_ = sum
	reportRecords(b, len(recs))
}

// BenchmarkSHA256Stream: one SHA-256 over the whole record stream.
func BenchmarkSHA256Stream(b *testing.B) {
	stream, _, _ := pack.AppendBatch(nil, nil, sampleRecords(benchRecords, 1))
	b.SetBytes(int64(len(stream)))
	for b.Loop() {
		sha256.Sum256(stream)
	}
	reportRecords(b, benchRecords)
}

// BenchmarkSeal: encode, Merkle, compress, encrypt to two recipients, sign.
func BenchmarkSeal(b *testing.B) {
	for _, bc := range []struct {
		name     string
		compress bool
	}{{"Deflate", true}, {"NoCompression", false}} {
		b.Run(bc.name, func(b *testing.B) {
			recs := sampleRecords(benchRecords, 1)
			s := &pack.Sealer{Key: mustKey(b), Domain: testDomain, NoCompression: !bc.compress,
				Recipients: []age.Recipient{mustIdentity(b).Recipient(), mustIdentity(b).Recipient()}}
			var size int
			for b.Loop() {
				p, err := s.Seal(testManifest(), recs)
				if err != nil {
					b.Fatal(err)
				}
				size = len(p.Payload)
			}
			b.ReportMetric(float64(size), "payload-bytes")
			reportRecords(b, len(recs))
		})
	}
}

// BenchmarkOpen: decode, decrypt, decompress, decode records, check root.
func BenchmarkOpen(b *testing.B) {
	id := mustIdentity(b)
	s := &pack.Sealer{Key: mustKey(b), Domain: testDomain, Recipients: []age.Recipient{id.Recipient()}}
	p, err := s.Seal(testManifest(), sampleRecords(benchRecords, 1))
	if err != nil {
		b.Fatal(err)
	}
	enc, _ := p.Encode()
	for b.Loop() {
		q, err := pack.Decode(enc)
		if err != nil {
			b.Fatal(err)
		}
		if err := q.Verify(testDomain); err != nil {
			b.Fatal(err)
		}
		if _, err := q.Open(id); err != nil {
			b.Fatal(err)
		}
	}
	reportRecords(b, benchRecords)
}

func recordOffsets(stream []byte) []int {
	offs := []int{4}
	for b := stream[4:]; len(b) > 0; {
		_, n, err := pack.DecodeRecord(b)
		if err != nil {
			panic(err)
		}
		b = b[n:]
		offs = append(offs, offs[len(offs)-1]+n)
	}
	return offs
}
