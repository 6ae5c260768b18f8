package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// spinner shows desc with a spinner and the elapsed time on w while a step of unknown length
// runs (key setup, proving); stop clears it. With --json, or when w is not standard error (tests),
// nothing is drawn.
func spinner(g *globals, w io.Writer, desc string) (stop func()) {
	if g.json || w != io.Writer(os.Stderr) {
		return func() {}
	}
	bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(desc),
		progressbar.OptionSpinnerType(14), progressbar.OptionSetElapsedTime(true), progressbar.OptionClearOnFinish())
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				bar.Add(1)
			}
		}
	}()
	return func() {
		close(done)
		bar.Finish()
	}
}
