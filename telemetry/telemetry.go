package telemetry

import (
	"bufio"
	"bytes"
	"embed"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/datpin/datpin"
)

// Schemas holds the JSON Schema of each JSONL record kind:
// schema/session.schema.json, schema/heartbeat.schema.json and
// schema/sensor.schema.json.
//
//go:embed schema/*.schema.json
var Schemas embed.FS

// Format is an input format the package parses.
type Format uint8

const (
	FormatUnknown   Format = iota
	FormatGNetTrack        // G-NetTrack Pro CSV export
	FormatWeather          // hourly weather CSV (datetime, coordinates, quantities)
	FormatJSONL            // datpin JSON Lines, one record per line
)

func (f Format) String() string {
	switch f {
	case FormatGNetTrack:
		return "gnettrack"
	case FormatWeather:
		return "weather"
	case FormatJSONL:
		return "jsonl"
	}
	return "unknown"
}

// Stats counts what a parse saw.
type Stats struct {
	Files       int // files parsed (ParsePath)
	Rows        int // data rows read: headers and blank lines excluded
	Records     int // records emitted (a weather row gives one per quantity)
	Bad         int // rows reported as *datpin.RowError and not emitted
	Unavailable int // fields the device marked unavailable, stored as Missing
	Skipped     int // blank lines and repeated header lines
}

// Add adds o's counts to s.
func (s *Stats) Add(o Stats) {
	s.Files += o.Files
	s.Rows += o.Rows
	s.Records += o.Records
	s.Bad += o.Bad
	s.Unavailable += o.Unavailable
	s.Skipped += o.Skipped
}

func (s *Stats) reportBad(bad func(*datpin.RowError), e *datpin.RowError) {
	s.Bad++
	if bad != nil {
		bad(e)
	}
}

// Detect tells the format of an input from its first bytes (at least the
// first line) and, failing that, from its name's extension.
func Detect(name string, head []byte) Format {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return FormatJSONL
	}
	first := head
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	switch {
	case bytes.HasPrefix(first, []byte("Timestamp,")) &&
		(bytes.Contains(first, []byte(",RSRP")) || bytes.Contains(first, []byte(",NODEHEX"))):
		return FormatGNetTrack
	case bytes.HasPrefix(bytes.ToLower(first), []byte("datetime")):
		return FormatWeather
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return FormatUnknown
}

// Parse detects the format of r (see Detect) and parses it with the matching
// parser. deviceID is the device (G-NetTrack), the station (weather), or the
// default device of rows without one (JSONL). The error contract is the
// parsers'; an unrecognized format is an EINVALID *datpin.Error.
func Parse(r io.Reader, file, deviceID string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (Format, Stats, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return FormatUnknown, Stats{}, readErr(file, err)
	}
	f := Detect(file, head)
	var st Stats
	switch f {
	case FormatGNetTrack:
		st, err = ParseGNetTrack(br, file, deviceID, emit, bad)
	case FormatWeather:
		st, err = ParseWeather(br, file, deviceID, emit, bad)
	case FormatJSONL:
		st, err = ParseJSONL(br, file, deviceID, emit, bad)
	default:
		return f, st, datpin.Errorf(datpin.EINVALID, "%s: unrecognized format", file)
	}
	return f, st, err
}

// ParsePath parses a file, or every .csv, .jsonl and .ndjson file under a
// directory (recursively, in lexical order). Each file's device id is its
// name without the extension, e.g. "B_2019.12.16_13.40.04". In a directory,
// a file of unrecognized format is reported to bad as a RowError on line 1
// and skipped; a single file of unrecognized format is an error.
func ParsePath(path string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (Stats, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Stats{}, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", path)
	}
	if !info.IsDir() {
		st, err := parseFile(path, emit, bad, false)
		return st, unwrapEmit(err)
	}
	var total Stats
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".csv", ".jsonl", ".ndjson":
		default:
			return nil
		}
		st, err := parseFile(p, emit, bad, true)
		total.Add(st)
		return err
	})
	if _, ok := err.(*datpin.Error); err != nil && !ok && !isEmitErr(err) {
		err = datpin.Wrap(datpin.EUNAVAILABLE, err, "walk %s", path)
	}
	return total, unwrapEmit(err)
}

// emitErr marks errors that came from emit so that ParsePath returns them
// unchanged.
type emitErr struct{ err error }

func (e emitErr) Error() string { return e.err.Error() }
func (e emitErr) Unwrap() error { return e.err }

func isEmitErr(err error) bool { _, ok := err.(emitErr); return ok }

func unwrapEmit(err error) error {
	if e, ok := err.(emitErr); ok {
		return e.err
	}
	return err
}

func parseFile(path string, emit func(datpin.Record) error, bad func(*datpin.RowError), inDir bool) (Stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return Stats{}, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", path)
	}
	defer f.Close()
	base := filepath.Base(path)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	var emitted error
	wrapped := func(r datpin.Record) error {
		if err := emit(r); err != nil {
			emitted = err
			return err
		}
		return nil
	}
	format, st, err := Parse(f, path, id, wrapped, bad)
	st.Files = 1
	if err != nil && emitted != nil && err == emitted {
		return st, emitErr{err}
	}
	if err != nil && format == FormatUnknown && inDir {
		st.reportBad(bad, &datpin.RowError{File: path, Line: 1, Reason: "unrecognized format"})
		return st, nil
	}
	return st, err
}
