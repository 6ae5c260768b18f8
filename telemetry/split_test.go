package telemetry

import (
	"math/rand/v2"
	"testing"
)

// TestCommas: the word-at-a-time scan finds what a byte loop finds, near
// bytes that differ from a comma in one bit, and counts past a short pos.
func TestCommas(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{',', ',', 'a', '-', '.', '0', 0xac, 0x2d, 0x0c, 0x6c, 0x00, 0xff}
	for i := range 20_000 {
		line := make([]byte, rng.IntN(70))
		for j := range line {
			line[j] = alphabet[rng.IntN(len(alphabet))]
		}
		var want []int32
		for j, c := range line {
			if c == ',' {
				want = append(want, int32(j))
			}
		}
		pos := make([]int32, rng.IntN(len(want)+2))
		n := commas(line, pos)
		if n != len(want) {
			t.Fatalf("line %d %q: %d commas, want %d", i, line, n, len(want))
		}
		for k := range min(len(pos), n) {
			if pos[k] != want[k] {
				t.Fatalf("line %d %q: comma %d at %d, want %d", i, line, k, pos[k], want[k])
			}
		}
	}
}
