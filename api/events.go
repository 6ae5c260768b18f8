package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
)

// Defaults of the event stream.
const (
	// DefaultStreamPoll is how often a stream reads the feed when nothing signalled a change (the
	// indexer of another process may be writing it).
	DefaultStreamPoll = 2 * time.Second
	// streamKeepAlive is the pause after which a quiet stream sends a comment line, so that
	// proxies keep the connection open.
	streamKeepAlive = 15 * time.Second
)

// eventFilter reads the feed's filters: cursor, limit, kind (comma-separated), station, operator.
func eventFilter(r *http.Request) (index.EventFilter, error) {
	q := r.URL.Query()
	f := index.EventFilter{After: q.Get("cursor")}
	var err error
	if _, err = index.DecodeCursor(f.After); err != nil {
		return f, err
	}
	if f.Kinds, err = index.ParseKinds(q.Get("kind")); err != nil {
		return f, err
	}
	if f.Station, err = addressParam(q.Get("station"), "station"); err != nil {
		return f, err
	}
	if f.Operator, err = addressParam(q.Get("operator"), "operator"); err != nil {
		return f, err
	}
	if f.Limit, err = intParam(r, "limit", 100); err != nil {
		return f, err
	}
	if f.Limit < 1 || f.Limit > 500 {
		return f, datpin.Errorf(datpin.EINVALID, "limit must be 1..500")
	}
	return f, nil
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilter(r)
	if err != nil {
		return err
	}
	p, err := s.DB.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// eventStream sends the feed as Server-Sent Events: each event's id is its cursor, its event
// name its kind, its data the event's JSON. A client that reconnects with Last-Event-ID (or
// ?cursor=) resumes after that event. The stream stays open, sending new events as the indexer
// writes them.
func (s *Server) eventStream(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilter(r)
	if err != nil {
		return err
	}
	if last := r.Header.Get("Last-Event-ID"); last != "" {
		if _, err := index.DecodeCursor(last); err != nil {
			return err
		}
		f.After = last
	}
	f.Limit = 500
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "retry: 3000\n\n")
	if err := rc.Flush(); err != nil {
		return nil // the connection cannot stream; nothing more to say on it
	}
	poll := s.StreamPoll
	if poll <= 0 {
		poll = DefaultStreamPoll
	}
	ctx := r.Context()
	quiet := time.Now()
	for {
		changed := s.DB.EventsChanged() // taken before the read, so no change is missed
		p, err := s.DB.Events(ctx, f)
		if err != nil {
			if ctx.Err() == nil {
				s.Log.Warn("event stream", "err", err)
				b, _ := json.Marshal(map[string]string{"code": datpin.ErrorCode(err), "message": datpin.ErrorMessage(err)})
				fmt.Fprintf(w, "event: error\ndata: %s\n\n", b)
				_ = rc.Flush()
			}
			return nil
		}
		for i := range p.Items {
			b, err := json.Marshal(&p.Items[i])
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "encode event")
			}
			fmt.Fprintf(w, "id: %s\nevent: %s\ndata: %s\n\n", p.Items[i].Cursor, p.Items[i].Kind, b)
		}
		f.After = p.Next
		if len(p.Items) > 0 {
			quiet = time.Now()
			if err := rc.Flush(); err != nil {
				return nil
			}
		}
		if p.More {
			continue
		}
		wait := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			wait.Stop()
			return nil
		case <-changed:
		case <-wait.C:
		}
		wait.Stop()
		if time.Since(quiet) >= streamKeepAlive {
			fmt.Fprintf(w, ": keep-alive\n\n")
			if err := rc.Flush(); err != nil {
				return nil
			}
			quiet = time.Now()
		}
	}
}
