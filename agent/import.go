package agent

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// DefaultChunk is the number of records Import stores per transaction.
const DefaultChunk = 16384

// ImportOptions configures an import.
type ImportOptions struct {
	// Quarantine receives the rows the parser sets aside; nil drops them
	// (they are still counted).
	Quarantine *telemetry.Quarantine
	// Chunk is the number of records stored per outbox transaction
	// (default DefaultChunk).
	Chunk int
	// Progress, if set, is called with the number of input bytes read since
	// its previous call.
	Progress func(n int64)
}

// ImportStats counts what an import did.
type ImportStats struct {
	telemetry.Stats
	Accepted   int     // records stored in the outbox
	Duplicates int     // records the outbox already held
	Batches    []int64 // batches that received records
}

func (s *ImportStats) add(o ImportStats) {
	s.Stats.Add(o.Stats)
	s.Accepted += o.Accepted
	s.Duplicates += o.Duplicates
	for _, id := range o.Batches {
		if !slices.Contains(s.Batches, id) {
			s.Batches = append(s.Batches, id)
		}
	}
}

// Extensions returns the file extensions of a format, for directory walks.
func Extensions(f telemetry.Format) []string {
	switch f {
	case telemetry.FormatGNetTrack, telemetry.FormatWeather:
		return []string{".csv"}
	case telemetry.FormatJSONL:
		return []string{".jsonl", ".ndjson"}
	}
	return nil
}

// Files expands paths (files and directories, walked recursively in
// lexical order, keeping the format's extensions) into files, and returns
// their total size. "-" stands for standard input and is kept as is.
func Files(paths []string, f telemetry.Format) ([]string, int64, error) {
	var out []string
	var total int64
	exts := Extensions(f)
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, 0, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", p)
		}
		if !info.IsDir() {
			out = append(out, p)
			total += info.Size()
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !slices.Contains(exts, strings.ToLower(filepath.Ext(q))) {
				return nil
			}
			if fi, err := d.Info(); err == nil {
				total += fi.Size()
			}
			out = append(out, q)
			return nil
		})
		if err != nil {
			return nil, 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "walk %s", p)
		}
	}
	return out, total, nil
}

// ImportFiles imports files (see Files; "-" reads r) in format f. The device
// (G-NetTrack, JSONL default) or station (weather) of a file is its name
// without the extension; "stdin" for standard input.
func (a *Agent) ImportFiles(ctx context.Context, files []string, stdin io.Reader, f telemetry.Format, opt ImportOptions) (ImportStats, error) {
	var total ImportStats
	for _, p := range files {
		var st ImportStats
		var err error
		if p == "-" {
			st, err = a.ImportReader(ctx, stdin, "stdin", "stdin", f, opt)
			st.Files = 1
		} else {
			st, err = a.importFile(ctx, p, f, opt)
		}
		total.add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func (a *Agent) importFile(ctx context.Context, path string, f telemetry.Format, opt ImportOptions) (ImportStats, error) {
	fh, err := os.Open(path)
	if err != nil {
		return ImportStats{}, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", path)
	}
	defer fh.Close()
	base := filepath.Base(path)
	st, err := a.ImportReader(ctx, fh, path, strings.TrimSuffix(base, filepath.Ext(base)), f, opt)
	st.Files = 1
	return st, err
}

type progressReader struct {
	r  io.Reader
	fn func(int64)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.fn(int64(n))
	}
	return n, err
}

// ImportReader parses r (named name in quarantine entries) in format f and
// stores its records, Chunk per transaction. deviceID is the device (or
// weather station) of rows that do not name one. Bad rows go to the
// quarantine. It returns the first parse, store or context error; the
// records stored before it stay stored, and importing the same input again
// stores only what is missing.
func (a *Agent) ImportReader(ctx context.Context, r io.Reader, name, deviceID string, f telemetry.Format, opt ImportOptions) (ImportStats, error) {
	var st ImportStats
	chunk := opt.Chunk
	if chunk <= 0 {
		chunk = DefaultChunk
	}
	if opt.Progress != nil {
		r = &progressReader{r: r, fn: opt.Progress}
	}
	buf := make([]datpin.Record, 0, chunk)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "import interrupted")
		}
		res, err := a.Ingest(ctx, buf)
		if err != nil {
			return err
		}
		st.add(ImportStats{Accepted: res.Accepted, Duplicates: res.Duplicates, Batches: res.Batches})
		buf = buf[:0]
		return nil
	}
	emit := func(rec datpin.Record) error {
		buf = append(buf, rec)
		if len(buf) >= chunk {
			return flush()
		}
		return nil
	}
	bad := func(e *datpin.RowError) {
		a.m.Quarantined.Inc()
		if opt.Quarantine != nil {
			opt.Quarantine.Add(e)
		}
	}
	var ps telemetry.Stats
	var err error
	switch f {
	case telemetry.FormatGNetTrack:
		ps, err = telemetry.ParseGNetTrack(r, name, deviceID, emit, bad)
	case telemetry.FormatWeather:
		ps, err = telemetry.ParseWeather(r, name, deviceID, emit, bad)
	case telemetry.FormatJSONL:
		ps, err = telemetry.ParseJSONL(r, name, deviceID, emit, bad)
	default:
		_, ps, err = telemetry.Parse(r, name, deviceID, emit, bad)
	}
	if err == nil {
		err = flush()
	}
	st.Stats = ps
	return st, err
}
