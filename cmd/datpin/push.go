package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/telemetry"
)

func init() { register(newPushCmd) }

// pushResult is what `datpin push` reports: the agent's answers summed.
type pushResult struct {
	Files       int `json:"files"`
	Requests    int `json:"requests"`
	Accepted    int `json:"accepted"`
	Duplicates  int `json:"duplicates"`
	Quarantined int `json:"quarantined"`
	Retries     int `json:"retries"`
	// LocalBad counts rows of CSV files (weather, G-NetTrack) that push parsed itself, as
	// 'datpin import' does, and set aside (each logged with its file, line and reason).
	LocalBad int `json:"localBad"`
}

// pusher uploads JSON Lines bodies to an agent's POST /v1/records.
type pusher struct {
	url      string
	token    string
	client   *http.Client
	attempts int
	backoff  time.Duration
	res      pushResult
}

func newPushCmd(g *globals) *cobra.Command {
	var (
		p        = pusher{client: &http.Client{Timeout: 2 * time.Minute}}
		maxBytes int
	)
	cmd := &cobra.Command{
		Use:   "push FILE...",
		Short: "Upload records (JSON Lines, weather or G-NetTrack CSV) to a running agent (what a gateway or device does)",
		Long: `Uploads JSON Lines record files (the format 'datpin import jsonl' and 'datpin sim' write; "-"
is standard input) to an agent's POST /v1/records, in requests of at most --chunk bytes split at
line boundaries. The agent stores each request's records durably before it answers, and storing
the same records twice is harmless, so a request that fails on the network or with a 5xx answer is
retried with exponential backoff (--attempts); a 4xx answer (bad token, station not allowed,
malformed body) stops the push with the agent's message. Rows the agent cannot parse are set aside
in its quarantine and counted here.

Weather and G-NetTrack CSV files are parsed here with the parser 'datpin import' uses (the station
or device is the file name without its extension) and sent as JSON Lines, so that a file gives the
agent the same records whichever way it arrives; rows that parser sets aside are logged with their
file and line and counted in localBad.

The token is --token or DATPIN_TOKEN (see 'datpin agent token').`,
		Example: `  DATPIN_TOKEN=... datpin push --agent http://gw.example:8480 station-1.jsonl station-2.jsonl
  datpin sim --out net && datpin push --agent http://127.0.0.1:8480 net/station-*.jsonl --json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if p.url == "" {
				return datpin.Errorf(datpin.EINVALID, "--agent URL is required (the agent's HTTP address)")
			}
			if maxBytes < 1024 || maxBytes > agent.MaxUploadBytes {
				return datpin.Errorf(datpin.EINVALID, "--chunk %d: want 1024..%d bytes", maxBytes, agent.MaxUploadBytes)
			}
			if p.attempts < 1 {
				return datpin.Errorf(datpin.EINVALID, "--attempts must be at least 1")
			}
			p.url = strings.TrimSuffix(p.url, "/") + "/v1/records"
			var total int64
			for _, f := range args {
				if f == "-" {
					continue
				}
				st, err := os.Stat(f)
				if err != nil {
					return datpin.Wrap(datpin.ENOTFOUND, err, "push %s", f)
				}
				total += st.Size()
			}
			var bar *progressbar.ProgressBar
			if !g.json && total > 0 {
				bar = progressbar.NewOptions64(total, progressbar.OptionSetWriter(os.Stderr),
					progressbar.OptionSetDescription("push"), progressbar.OptionShowBytes(true),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			for _, f := range args {
				if err := p.pushFile(cmd.Context(), f, maxBytes, bar); err != nil {
					return err
				}
			}
			if bar != nil {
				bar.Finish()
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), p.res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "pushed %d files in %d requests: %d records accepted, %d duplicates, %d rows quarantined by the agent\n",
				p.res.Files, p.res.Requests, p.res.Accepted, p.res.Duplicates, p.res.Quarantined)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&p.url, "agent", "", "the agent's base URL, e.g. http://127.0.0.1:8480")
	f.StringVar(&p.token, "token", "", "bearer token (prefer DATPIN_TOKEN; none for an agent run with --no-auth)")
	f.IntVar(&maxBytes, "chunk", 4<<20, "most bytes per request (split at line boundaries)")
	f.IntVar(&p.attempts, "attempts", 8, "tries per request before giving up")
	f.DurationVar(&p.backoff, "backoff", 500*time.Millisecond, "first pause between tries (doubles, at most 30s)")
	return cmd
}

// pushFile sends one file in chunks of whole lines of at most maxBytes.
func (p *pusher) pushFile(ctx context.Context, name string, maxBytes int, bar *progressbar.ProgressBar) error {
	var r io.Reader = os.Stdin
	if name != "-" {
		fh, err := os.Open(name)
		if err != nil {
			return datpin.Wrap(datpin.ENOTFOUND, err, "push %s", name)
		}
		defer fh.Close()
		r = fh
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	if f := telemetry.Detect(name, head); f == telemetry.FormatWeather || f == telemetry.FormatGNetTrack {
		return p.pushParsed(ctx, name, br, maxBytes, bar)
	}
	var chunk bytes.Buffer
	flush := func() error {
		if chunk.Len() == 0 {
			return nil
		}
		if err := p.send(ctx, name, chunk.Bytes()); err != nil {
			return err
		}
		if bar != nil && name != "-" {
			bar.Add(chunk.Len())
		}
		chunk.Reset()
		return nil
	}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			if len(b) > maxBytes {
				return datpin.Errorf(datpin.EINVALID, "%s:%d: a line of %d bytes is longer than --chunk %d", name, line, len(b), maxBytes)
			}
			if chunk.Len()+len(b) > maxBytes {
				if err := flush(); err != nil {
					return err
				}
			}
			chunk.Write(b)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "read %s", name)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	p.res.Files++
	return nil
}

// pushParsed parses a weather or G-NetTrack CSV file with the parser 'datpin import' uses (the
// device or station is the file name without its extension, "stdin" for standard input) and
// sends its records as JSON Lines, so that a file gives the same records whichever way it
// reaches the agent. Rows the parser sets aside are logged and counted in LocalBad.
func (p *pusher) pushParsed(ctx context.Context, name string, r io.Reader, maxBytes int, bar *progressbar.ProgressBar) error {
	device := "stdin"
	if name != "-" {
		base := filepath.Base(name)
		device = strings.TrimSuffix(base, filepath.Ext(base))
	}
	var chunk []byte
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		if err := p.send(ctx, name, chunk); err != nil {
			return err
		}
		chunk = chunk[:0]
		return nil
	}
	emit := func(rec datpin.Record) error {
		n := len(chunk)
		chunk = telemetry.AppendJSONL(chunk, &rec)
		if len(chunk) > maxBytes {
			line := slices.Clone(chunk[n:])
			chunk = chunk[:n]
			if err := flush(); err != nil {
				return err
			}
			chunk = append(chunk, line...)
		}
		return nil
	}
	bad := func(e *datpin.RowError) {
		p.res.LocalBad++
		slog.Warn("push: row set aside", "file", e.File, "line", e.Line, "reason", e.Reason)
	}
	_, _, err := telemetry.Parse(r, name, device, emit, bad)
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	if bar != nil && name != "-" {
		if st, err := os.Stat(name); err == nil {
			bar.Add64(st.Size())
		}
	}
	p.res.Files++
	return nil
}

// send posts one body, retrying network failures and 5xx answers.
func (p *pusher) send(ctx context.Context, name string, body []byte) error {
	wait := p.backoff
	var last error
	for attempt := 1; attempt <= p.attempts; attempt++ {
		if attempt > 1 {
			p.res.Retries++
			slog.Warn("push: retrying", "file", name, "attempt", attempt, "err", last)
			select {
			case <-ctx.Done():
				return datpin.Wrap(datpin.EUNAVAILABLE, ctx.Err(), "push %s", name)
			case <-time.After(wait):
			}
			wait = min(2*wait, 30*time.Second)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
		if err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "agent URL %s", p.url)
		}
		req.Header.Set("Content-Type", "application/x-ndjson")
		if p.token != "" {
			req.Header.Set("Authorization", "Bearer "+p.token)
		}
		resp, err := p.client.Do(req)
		if err != nil {
			last = err
			continue
		}
		ans, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		if err != nil {
			last = err
			continue
		}
		p.res.Requests++
		if resp.StatusCode >= 500 {
			last = fmt.Errorf("%s: %s", resp.Status, agentMessage(ans))
			continue
		}
		if resp.StatusCode != http.StatusOK {
			code := datpin.EINVALID
			switch resp.StatusCode {
			case http.StatusUnauthorized:
				code = datpin.EUNAUTHORIZED
			case http.StatusForbidden:
				code = datpin.EFORBIDDEN
			}
			return datpin.Errorf(code, "push %s: the agent answered %s: %s", name, resp.Status, agentMessage(ans))
		}
		var res agent.UploadResult
		if err := json.Unmarshal(ans, &res); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "push %s: the agent's answer %q", name, ans)
		}
		p.res.Accepted += res.Accepted
		p.res.Duplicates += res.Duplicates
		p.res.Quarantined += res.Quarantined
		return nil
	}
	return datpin.Wrap(datpin.EUNAVAILABLE, last, "push %s: %d tries to %s failed", name, p.attempts, p.url)
}

// agentMessage is the message of the agent's coded error body, else the body.
func agentMessage(b []byte) string {
	var e struct {
		Error struct{ Code, Message string }
	}
	if json.Unmarshal(b, &e) == nil && e.Error.Message != "" {
		return e.Error.Code + ": " + e.Error.Message
	}
	return strings.TrimSpace(string(b))
}
