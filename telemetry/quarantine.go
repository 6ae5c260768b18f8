package telemetry

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"io"
	"os"
	"sync"
	"unicode/utf8"

	"github.com/datpin/datpin"
)

// Quarantine keeps the rows parsers set aside, one JSON object per line:
// {"file":"...","line":12,"reason":"...","raw":"..."} (a raw line that is not
// valid UTF-8 goes base64-encoded in "raw_base64"), so that nothing read
// is lost and a bad row can be fixed and replayed. Its Add method is a
// ready-made bad callback for the parsers. It is safe for concurrent use.
type Quarantine struct {
	mu    sync.Mutex
	w     *bufio.Writer
	c     io.Closer // the file when opened by OpenQuarantine
	n     int
	err   error
	buf   []byte
	entry quarantineEntry
}

type quarantineEntry struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw,omitempty"`
	RawB64 string `json:"raw_base64,omitempty"` // a raw line that is not valid UTF-8
}

// NewQuarantine returns a Quarantine writing to w. Call Flush (or Close)
// when done.
func NewQuarantine(w io.Writer) *Quarantine {
	return &Quarantine{w: bufio.NewWriter(w)}
}

// OpenQuarantine opens (creating if needed) the file at path for appending.
func OpenQuarantine(path string) (*Quarantine, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open quarantine %s", path)
	}
	q := NewQuarantine(f)
	q.c = f
	return q, nil
}

// Add appends e. A write error is kept and returned by Err, Flush and Close;
// later rows are then dropped.
func (q *Quarantine) Add(e *datpin.RowError) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return
	}
	q.entry = quarantineEntry{File: e.File, Line: e.Line, Reason: e.Reason, Raw: e.Raw}
	if !utf8.ValidString(e.Raw) {
		q.entry.Raw, q.entry.RawB64 = "", base64.StdEncoding.EncodeToString([]byte(e.Raw))
	}
	b, err := json.Marshal(&q.entry)
	if err == nil {
		b = append(b, '\n')
		_, err = q.w.Write(b)
	}
	if err != nil {
		q.err = datpin.Wrap(datpin.EUNAVAILABLE, err, "write quarantine")
		return
	}
	q.n++
}

// Count returns the number of rows added.
func (q *Quarantine) Count() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

// Err returns the first write error, if any.
func (q *Quarantine) Err() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.err
}

// Flush writes buffered rows to the underlying writer.
func (q *Quarantine) Flush() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err == nil {
		if err := q.w.Flush(); err != nil {
			q.err = datpin.Wrap(datpin.EUNAVAILABLE, err, "write quarantine")
		}
	}
	return q.err
}

// Close flushes and, for a Quarantine from OpenQuarantine, closes the file.
func (q *Quarantine) Close() error {
	err := q.Flush()
	if q.c != nil {
		if cerr := q.c.Close(); cerr != nil && err == nil {
			err = datpin.Wrap(datpin.EUNAVAILABLE, cerr, "close quarantine")
		}
		q.c = nil
	}
	return err
}

// ReadQuarantine reads a quarantine file back, calling fn for each row in
// order. It stops at fn's first error and returns it.
func ReadQuarantine(r io.Reader, fn func(*datpin.RowError) error) error {
	lr := newLineReader(r)
	for {
		line, err := lr.next()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return readErr("quarantine", err)
		}
		if isBlank(line) {
			continue
		}
		var e quarantineEntry
		if err := json.Unmarshal(line, &e); err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "quarantine line %d", lr.n)
		}
		if e.RawB64 != "" {
			raw, err := base64.StdEncoding.DecodeString(e.RawB64)
			if err != nil {
				return datpin.Wrap(datpin.EINVALID, err, "quarantine line %d", lr.n)
			}
			e.Raw = string(raw)
		}
		if err := fn(&datpin.RowError{File: e.File, Line: e.Line, Reason: e.Reason, Raw: e.Raw}); err != nil {
			return err
		}
	}
}
