// Package bindings holds, one subpackage per contract, the go-ethereum abigen v2 bindings of
// datpin's contracts, generated from the compiled artifacts in contracts/build by
// `make contracts`. Do not edit the generated files.
package bindings

//go:generate go run ../gen
