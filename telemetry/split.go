package telemetry

import (
	"encoding/binary"
	"math/bits"
)

// SWAR constants: every byte 0x7f, and every byte a comma.
const (
	swarLow7   = 0x7f7f7f7f7f7f7f7f
	swarCommas = 0x2c2c2c2c2c2c2c2c
)

// commas stores the offsets of the first len(pos) commas of line in pos and
// returns how many commas line holds in all. It reads the line eight bytes
// at a time: a CSV row is found field by field in one pass instead of a
// byte-by-byte scan per field.
func commas(line []byte, pos []int32) int {
	n := 0
	i := 0
	for ; i+8 <= len(line); i += 8 {
		v := binary.LittleEndian.Uint64(line[i:]) ^ swarCommas
		// The high bit of each byte of z is set exactly where v's byte is
		// zero, that is where line has a comma (no carries between bytes).
		z := ^((v&swarLow7 + swarLow7) | v | swarLow7)
		for z != 0 {
			if n < len(pos) {
				pos[n] = int32(i + bits.TrailingZeros64(z)>>3)
			}
			n++
			z &= z - 1
		}
	}
	for ; i < len(line); i++ {
		if line[i] == ',' {
			if n < len(pos) {
				pos[n] = int32(i)
			}
			n++
		}
	}
	return n
}
