package webhook_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/webhook"
)

// feed is an in-memory event feed of n dat.finalized events.
type feed struct{ events []index.Event }

func newFeed(n int) *feed {
	f := &feed{}
	for i := 1; i <= n; i++ {
		data, _ := json.Marshal(index.DATFinalized{Token: uint64(i), Station: "0x13696bb52599b782a5b384cae02dd4ac097582b2", Epoch: 20791,
			Cell: "87182a3acffffff", Records: 1440, Score: 8200, Value: 164, ShareRatio: 1640000})
		f.events = append(f.events, index.Event{Cursor: index.EncodeCursor(int64(i)), ID: "dat.finalized:" + strconv.Itoa(i),
			Kind: index.KindDATFinalized, Version: 1, Block: uint64(100 + i), Time: 1796540402, Data: data})
	}
	return f
}

func (f *feed) Events(_ context.Context, ef index.EventFilter) (index.EventPage, error) {
	after, err := index.DecodeCursor(ef.After)
	if err != nil {
		return index.EventPage{}, err
	}
	end := min(int(after)+ef.Limit, len(f.events))
	p := index.EventPage{Items: f.events[after:end], Next: ef.After, More: end < len(f.events)}
	if end > int(after) {
		p.Next = f.events[end-1].Cursor
	}
	return p, nil
}

func (f *feed) EventsHead(context.Context) (string, error) {
	return index.EncodeCursor(int64(len(f.events))), nil
}
func (f *feed) EventsChanged() <-chan struct{} { return nil }

// BenchmarkDispatcher delivers 2,000 events to a local receiver that answers 200 at once: the
// dispatcher's throughput (queueing in the store, signing, POST, recording), in events/s.
func BenchmarkDispatcher(b *testing.B) {
	const n = 2000
	src := newFeed(n)
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.Copy(io.Discard, r.Body) }))
	defer recv.Close()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		store, err := webhook.Open(filepath.Join(b.TempDir(), "webhooks-"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := store.Add(ctx, webhook.Spec{URL: recv.URL, FromStart: true}); err != nil {
			b.Fatal(err)
		}
		d := webhook.NewDispatcher(store, src, webhook.Config{Log: quiet})
		if err := d.Drain(ctx); err != nil {
			b.Fatal(err)
		}
		if h, _ := store.Hook(ctx, 1); h.Delivered != n {
			b.Fatalf("%d delivered", h.Delivered)
		}
		store.Close()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
