//go:build !amd64 || purego

package pack

// haveKeccak8 is false: eight-way Keccak needs AVX-512.
var haveKeccak8 = false

func keccakF1600x8(*[25][8]uint64) { panic("pack: eight-way keccak is not available") }
