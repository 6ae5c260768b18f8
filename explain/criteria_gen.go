//go:build ignore

// This program writes docs/CRITERIA.md from explain.Criteria:
//
//	go run criteria_gen.go [OUT]
package main

import (
	"fmt"
	"os"

	"github.com/datpin/datpin/explain"
)

func main() {
	out := "../docs/CRITERIA.md"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := os.WriteFile(out, []byte(explain.CriteriaMarkdown()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
