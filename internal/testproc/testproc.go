// Package testproc starts the external processes that tests run against: a
// private, offline IPFS Kubo daemon and an anvil node. Each process listens on
// loopback only and is stopped by its PID when the test ends.
//
// The binaries come from DATPIN_KUBO and DATPIN_ANVIL, or from where
// scripts/kubo.sh and scripts/tools.sh install them. Without a binary the test
// fails when CI is set and is skipped otherwise.
package testproc

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"
)

// FreePort returns a TCP port on 127.0.0.1 that nothing listened on a moment
// ago.
func FreePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// RepoRoot returns the directory of the module's go.mod, found by walking up
// from the working directory.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			tb.Fatalf("no go.mod in %s or above", wd)
		}
	}
}

// requireBinary fails the test under CI, and skips it otherwise, when bin does
// not exist; what names it and hint says how to get it.
func requireBinary(tb testing.TB, bin, what, hint string) {
	tb.Helper()
	if _, err := os.Stat(bin); err != nil {
		msg := fmt.Sprintf("no %s at %s (%s)", what, bin, hint)
		if os.Getenv("CI") != "" {
			tb.Fatal(msg)
		}
		tb.Skip(msg)
	}
}
