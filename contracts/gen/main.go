// Command gen regenerates the abigen v2 bindings in contracts/bindings from the ABI and bytecode
// artifacts in contracts/build.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Usage: gen [BUILD_DIR [OUT_DIR]]; defaults ../build and the current directory.
func run() error {
	build, outDir := filepath.Join("..", "build"), "."
	if len(os.Args) > 1 {
		build = os.Args[1]
	}
	if len(os.Args) > 2 {
		outDir = os.Args[2]
	}
	abis, err := filepath.Glob(filepath.Join(build, "*.abi"))
	if err != nil {
		return err
	}
	sort.Strings(abis)
	for _, abi := range abis {
		// One package per contract: abigen names method output structs after the method
		// alone, so two contracts with the same method would collide in one package.
		name := strings.TrimSuffix(filepath.Base(abi), ".abi")
		pkg := strings.ToLower(name)
		if err := os.MkdirAll(filepath.Join(outDir, pkg), 0o755); err != nil {
			return err
		}
		cmd := exec.Command("go", "tool", "abigen",
			"--v2", "--abi", abi, "--bin", filepath.Join(build, name+".bin"),
			"--pkg", pkg, "--type", name, "--out", filepath.Join(outDir, pkg, pkg+".go"))
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("abigen %s: %w", name, err)
		}
	}
	return nil
}
