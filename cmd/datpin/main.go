// Command datpin turns the data of decentralized wireless networks into quality-scored, on-chain
// Data Anchoring Tokens (ERC-8028) and pays contributors by the value validators agree it has.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd()
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "datpin: %s\n", describe(err))
		os.Exit(exitCode(err))
	}
}

func exitCode(err error) int {
	switch datpin.ErrorCode(err) {
	case datpin.EINVALID:
		return 2
	case datpin.EUNAVAILABLE:
		return 3
	case datpin.EUNAUTHORIZED:
		return 4
	}
	return 1
}

// describe renders an error for a person: the message, then its cause.
func describe(err error) string {
	var e *datpin.Error
	if errors.As(err, &e) {
		msg := e.Message
		// A decoded contract error says everything; the node's raw revert text adds only noise.
		if e.Err != nil && !evm.IsRevert(e) {
			if msg != "" {
				msg += ": "
			}
			msg += e.Err.Error()
		}
		return msg + " [" + e.Code + "]"
	}
	return err.Error()
}
