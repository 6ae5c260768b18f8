// Package contracts holds datpin's Solidity sources (src/), the build script (build.js, the pinned
// solc through standard JSON), the compiled artifacts (build/) and the abigen v2 bindings
// (bindings/). `make contracts` rebuilds artifacts and bindings; a test fails when they disagree
// with the sources.
package contracts
