//go:build amd64 && !purego

package pack

import "golang.org/x/sys/cpu"

//go:generate go run keccak8_gen.go

// haveKeccak8 reports whether keccakF1600x8 runs on this machine.
var haveKeccak8 = cpu.X86.HasAVX512F

// keccakF1600x8 applies Keccak-f[1600] to eight states; a[i][j] is lane i of
// state j.
//
//go:noescape
func keccakF1600x8(a *[25][8]uint64)
