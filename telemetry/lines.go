package telemetry

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/datpin/datpin"
)

var errLineTooLong = errors.New("line longer than 1 MiB")

// lineReader hands out lines without their "\n" or "\r\n", counting them
// from 1. A returned line is valid until the next call.
type lineReader struct {
	br   *bufio.Reader
	long []byte // assembles lines longer than the bufio buffer
	n    int    // number of the last line returned
}

func newLineReader(r io.Reader) *lineReader {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &lineReader{br: br}
}

// next returns the next line, io.EOF after the last one, errLineTooLong for
// a line over maxLineBytes (which is skipped; the line after it comes next),
// or a read error.
func (lr *lineReader) next() ([]byte, error) {
	line, err := lr.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		lr.long = append(lr.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = lr.br.ReadSlice('\n')
			if len(lr.long) <= maxLineBytes {
				lr.long = append(lr.long, line...)
			}
		}
		line = lr.long
		if len(line) > maxLineBytes {
			lr.n++
			if err != nil && err != io.EOF {
				return nil, err
			}
			return line[:256], errLineTooLong
		}
	}
	if len(line) == 0 && err != nil {
		return nil, err
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	lr.n++
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if lr.n == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	}
	return line, nil
}

// row returns the next line to parse: over-long lines on the way are counted as rows and
// reported as bad, read errors come back wrapped by readErr, and io.EOF ends the input.
func (lr *lineReader) row(file string, st *Stats, bad func(*datpin.RowError)) ([]byte, error) {
	for {
		line, err := lr.next()
		switch {
		case err == errLineTooLong:
			st.Rows++
			st.reportBad(bad, rowError(file, lr.n, "line longer than 1 MiB", line))
		case err == io.EOF:
			return nil, io.EOF
		case err != nil:
			return nil, readErr(file, err)
		default:
			return line, nil
		}
	}
}

// readErr wraps an I/O error of the input.
func readErr(file string, err error) error {
	return datpin.Wrap(datpin.EUNAVAILABLE, err, "read %s", file)
}

// rowError builds the *datpin.RowError for a bad line (the only allocation
// on the bad-row path).
func rowError(file string, line int, reason string, raw []byte) *datpin.RowError {
	if len(raw) > 4096 {
		raw = raw[:4096]
	}
	return &datpin.RowError{File: file, Line: line, Reason: reason, Raw: string(raw)}
}
