package api_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
)

// sseEvent is one Server-Sent Event as a client reads it.
type sseEvent struct {
	ID, Name string
	Event    index.Event
}

// stream is an open event stream.
type stream struct {
	t      *testing.T
	resp   *http.Response
	sc     *bufio.Scanner
	cancel context.CancelFunc
}

// openStream connects to the event stream at u, resuming after lastID when it is not empty. The
// connection is cut after a minute whatever happens, so that a stream that never sends fails the
// test instead of hanging it.
func openStream(t *testing.T, u, lastID string) *stream {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	s := &stream{t: t, resp: resp, sc: bufio.NewScanner(resp.Body), cancel: cancel}
	s.sc.Buffer(make([]byte, 1<<20), 1<<20)
	t.Cleanup(s.close)
	return s
}

func (s *stream) close() { s.cancel(); s.resp.Body.Close() }

// next reads the next event (comments and the retry field are skipped).
func (s *stream) next() sseEvent {
	s.t.Helper()
	var e sseEvent
	var data string
	for s.sc.Scan() {
		line := s.sc.Text()
		switch {
		case line == "" && data != "":
			if err := json.Unmarshal([]byte(data), &e.Event); err != nil {
				s.t.Fatalf("event data %q: %v", data, err)
			}
			return e
		case strings.HasPrefix(line, "id: "):
			e.ID = line[4:]
		case strings.HasPrefix(line, "event: "):
			e.Name = line[7:]
		case strings.HasPrefix(line, "data: "):
			data += line[6:]
		}
	}
	s.t.Fatalf("the stream ended: %v", s.sc.Err())
	return e
}

// TestServer_Events pages the feed through the API with the next cursor, filters it, refuses bad
// input, and streams it: an event stream sends what is indexed, resumes after Last-Event-ID and
// sends a new event once the indexer writes it.
func TestServer_Events(t *testing.T) {
	srv, f, ix := newServer(t)
	indextest.AddMarket(t, f)
	n := f.Net
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	u := srv.URL + "/api/v1/events"

	var all []index.Event
	cursor := ""
	for {
		var p index.EventPage
		getJSON(t, u+"?limit=4&cursor="+url.QueryEscape(cursor), 200, &p)
		all = append(all, p.Items...)
		if !p.More {
			break
		}
		cursor = p.Next
	}
	want, err := ix.DB.Events(context.Background(), index.EventFilter{Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(want.Items) || len(all) < f.Tokens()*2 {
		t.Fatalf("%d events paged; the index has %d", len(all), len(want.Items))
	}
	for i := range all {
		if all[i].ID != want.Items[i].ID || all[i].Cursor != want.Items[i].Cursor {
			t.Fatalf("event %d: %+v; index %+v", i, all[i], want.Items[i])
		}
	}
	var p index.EventPage
	station := strings.ToLower(f.Stations[2].Device.Address.Hex())
	getJSON(t, u+"?kind=dat.rejected,dat.finalized&station="+station, 200, &p)
	if len(p.Items) != 2 || p.Items[0].Kind != index.KindDATRejected || p.Items[0].Station != station || p.More {
		t.Fatalf("station 2's verdicts %+v", p)
	}
	getJSON(t, u+"?kind=sale&operator="+f.Operator.Address.Hex(), 200, &p)
	if len(p.Items) != 1 || p.Items[0].Kind != index.KindSale {
		t.Fatalf("the operator's sales %+v", p)
	}
	for _, q := range []string{"cursor=zzz", "kind=dat.lost", "limit=0", "limit=501", "station=0x12", "operator=abc"} {
		var e struct {
			Error struct{ Code string }
		}
		getJSON(t, u+"?"+q, 400, &e)
		if e.Error.Code != datpin.EINVALID {
			t.Errorf("%s: %+v", q, e)
		}
	}
	if code, b := do(t, "GET", u+"/stream?kind=nothing", ""); code != 400 || !strings.Contains(string(b), `"invalid"`) {
		t.Errorf("stream with a bad filter: %d %s", code, b)
	}

	// The stream sends the finalized tokens in order, each with its cursor as id and its kind as name.
	var finals []index.Event
	for _, e := range all {
		if e.Kind == index.KindDATFinalized {
			finals = append(finals, e)
		}
	}
	s := openStream(t, u+"/stream?kind=dat.finalized", "")
	for i := range finals {
		e := s.next()
		if e.ID != finals[i].Cursor || e.Name != index.KindDATFinalized || e.Event.ID != finals[i].ID || compact(e.Event.Data) != compact(finals[i].Data) {
			t.Fatalf("streamed %d: %+v; want %+v", i, e, finals[i])
		}
	}
	s.close()
	// Reconnecting with Last-Event-ID resumes after it.
	s = openStream(t, u+"/stream?kind=dat.finalized", finals[4].Cursor)
	if e := s.next(); e.Event.ID != finals[5].ID {
		t.Fatalf("resumed at %+v; want %s", e.Event, finals[5].ID)
	}
	s.close()

	// A live stream gets an anchoring once the indexer writes it.
	s = openStream(t, u+"/stream?kind=dat.anchored&cursor="+url.QueryEscape(all[len(all)-1].Cursor), "")
	c := datpin.Contribution{ClassID: n.Suite.ClassID, Device: f.Stations[0].Device.Address, Epoch: uint32(n.Now()/86400) - 1,
		H3Cell: f.Stations[0].Region, RecordCount: 50, Score: 7000, Deadline: n.Now() + 3600}
	_, _ = rand.Read(c.MerkleRoot[:])
	_, _ = rand.Read(c.CIDDigest[:])
	id := n.Anchor(f.Operator, []*evm.Account{f.Stations[0].Device}, []datpin.Contribution{c})
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	e := s.next()
	var d index.DATAnchored
	if err := json.Unmarshal(e.Event.Data, &d); err != nil || d.Token != id || e.Name != index.KindDATAnchored {
		t.Fatalf("live event %+v (%v); want token %d", e, err, id)
	}
}

func compact(b []byte) string {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return "invalid JSON: " + string(b)
	}
	return out.String()
}

// checkStream reads the first event of a stream route, for the route walk.
func checkStream(t *testing.T, u string) {
	t.Helper()
	s := openStream(t, u, "")
	defer s.close()
	if e := s.next(); e.ID == "" || e.Event.Kind == "" || e.ID != e.Event.Cursor {
		t.Errorf("%s: first event %+v", u, e)
	}
}
