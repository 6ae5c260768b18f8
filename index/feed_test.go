package index_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/privacy"
)

// allEvents reads the whole feed through pages of limit events, checking that cursors only grow.
func allEvents(t *testing.T, db *index.DB, f index.EventFilter) []index.Event {
	t.Helper()
	var out []index.Event
	last := int64(-1)
	for {
		p, err := db.Events(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Items {
			seq, err := index.DecodeCursor(e.Cursor)
			if err != nil || seq <= last {
				t.Fatalf("cursor %q (position %d, %v) after position %d", e.Cursor, seq, err, last)
			}
			last = seq
		}
		out = append(out, p.Items...)
		if !p.More {
			return out
		}
		if p.Next == f.After || len(p.Items) != f.Limit {
			t.Fatalf("page of %d with more after it, next %q", len(p.Items), p.Next)
		}
		f.After = p.Next
	}
}

func byKind(es []index.Event) map[string][]index.Event {
	m := map[string][]index.Event{}
	for _, e := range es {
		m[e.Kind] = append(m[e.Kind], e)
	}
	return m
}

func decode[T any](t *testing.T, e index.Event) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(e.Data, &v); err != nil {
		t.Fatalf("%s data %s: %v", e.Kind, e.Data, err)
	}
	return v
}

// TestFeed_Fixture indexes the fixture network with a sale and checks the feed: one event per
// anchoring and per verdict with the chain's figures, the dissenting validator's fault on the
// token it scored far from the others, station 5's score drop, one sale for the holder, each
// station offline once after the days the market adds; filters, paging and the goldens.
func TestFeed_Fixture(t *testing.T) {
	f := indextest.Build(t)
	m := indextest.AddMarket(t, f)
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, f.Suite, 0)
	changed := db.EventsChanged()
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changed:
	default:
		t.Fatal("catching up appended events without signalling a change of the feed")
	}
	all := allEvents(t, db, index.EventFilter{Limit: 7})
	kinds := byKind(all)
	op := low(f.Operator.Address)
	want := map[string]int{
		index.KindDATAnchored: f.Tokens(), index.KindDATFinalized: 9, index.KindDATRejected: 3,
		index.KindValidatorFault: 1, index.KindStationScoreDrop: 1, index.KindSale: 1, index.KindStationOffline: len(f.Stations),
	}
	for k, n := range want {
		if len(kinds[k]) != n {
			t.Errorf("%d %s events; want %d", len(kinds[k]), k, n)
		}
	}
	if len(kinds) != len(want) {
		t.Errorf("kinds %v", slices.Sorted(func(yield func(string) bool) {
			for k := range kinds {
				if !yield(k) {
					return
				}
			}
		}))
	}
	ids := map[string]bool{}
	for _, e := range all {
		if ids[e.ID] {
			t.Errorf("id %s twice", e.ID)
		}
		ids[e.ID] = true
		if e.Version != index.EventKinds[e.Kind] || e.Time == 0 || e.Block == 0 {
			t.Errorf("envelope %+v", e)
		}
		checkGolden(t, e)
	}

	// Anchorings and verdicts carry the chain's figures and the station's operator.
	for _, e := range kinds[index.KindDATAnchored] {
		d := decode[index.DATAnchored](t, e)
		st, err := f.Suite.TokenState(ctx, d.Token)
		f.Must(err)
		if e.Station != low(st.Contrib.Device) || d.Station != e.Station || e.Operator != op || d.Records != st.Contrib.RecordCount ||
			d.MerkleRoot != common.Hash(st.Contrib.MerkleRoot).Hex() || d.Cell != index.CellString(st.Contrib.H3Cell) || d.TentativeScore == nil {
			t.Errorf("anchored %+v %+v; chain %+v", e, d, st.Contrib)
		}
	}
	for _, e := range append(kinds[index.KindDATFinalized], kinds[index.KindDATRejected]...) {
		var d struct {
			Token  uint64
			Score  uint16
			Reason string
		}
		if err := json.Unmarshal(e.Data, &d); err != nil {
			t.Fatal(err)
		}
		status, score := f.Expected(d.Token)
		if "dat."+status != e.Kind || d.Score != score || e.Operator != op || (status == "rejected") != (d.Reason == "below-threshold") {
			t.Errorf("token %d: %s %+v; want %s %d", d.Token, e.Kind, d, status, score)
		}
	}
	fault := decode[index.ValidatorFault](t, kinds[index.KindValidatorFault][0])
	dissenter := low(f.Validators[f.Dissenter].Address)
	if fault.Validator != dissenter || kinds[index.KindValidatorFault][0].Operator != dissenter || fault.Cause != "disagreement" ||
		fault.Faults != 1 || len(fault.Tokens) != 1 || fault.Tokens[0].Token != f.First || fault.Tokens[0].Deviation != -3000 || fault.Slashed == "0" {
		t.Errorf("fault %+v", fault)
	}
	drop := decode[index.StationScoreDrop](t, kinds[index.KindStationScoreDrop][0])
	if drop.Station != low(f.Stations[5].Device.Address) || drop.Score != 2500 || drop.PreviousAverage != 8200 || drop.PreviousTokens != 1 ||
		drop.DropPercent < 69 || drop.DropPercent > 70 {
		t.Errorf("score drop %+v", drop)
	}
	sale := decode[index.Sale](t, kinds[index.KindSale][0])
	pd, err := db.Purchase(ctx, m.Delivered)
	f.Must(err)
	if sale.Holder != op || kinds[index.KindSale][0].Operator != op || sale.Purchase != m.Delivered || sale.Tokens != len(m.Sold) ||
		sale.Units != pd.Delivery.Units || sale.Amount == "0" || len(sale.Entries) != len(m.Sold) || sale.BundleCID != pd.Delivery.BundleCID {
		t.Errorf("sale %+v; delivery %+v", sale, pd.Delivery)
	}
	offline := map[string]bool{}
	for _, e := range kinds[index.KindStationOffline] {
		d := decode[index.StationOffline](t, e)
		if d.LastActivityKind != "anchored" || d.SilentSeconds <= d.AfterSeconds || d.AfterSeconds != uint64(index.DefaultOfflineAfter.Seconds()) {
			t.Errorf("offline %+v", d)
		}
		offline[e.Station] = true
	}
	if len(offline) != len(f.Stations) {
		t.Errorf("stations offline %v", offline)
	}

	// Filters.
	station := low(f.Stations[5].Device.Address)
	for _, e := range allEvents(t, db, index.EventFilter{Station: f.Stations[5].Device.Address.Hex(), Limit: 3}) {
		if e.Station != station {
			t.Errorf("station filter let through %+v", e)
		}
	}
	if n := len(allEvents(t, db, index.EventFilter{Station: station, Limit: 500})); n != 2+2+1+1 { // 2 anchored, 2 verdicts, drop, offline
		t.Errorf("%d events of station 5", n)
	}
	if es := allEvents(t, db, index.EventFilter{Operator: dissenter, Limit: 500}); len(es) != 1 || es[0].Kind != index.KindValidatorFault {
		t.Errorf("the dissenter's events %+v", es)
	}
	es := allEvents(t, db, index.EventFilter{Kinds: []string{index.KindSale, index.KindDATRejected}, Operator: op, Limit: 2})
	if len(es) != 4 {
		t.Errorf("%d sales and rejections", len(es))
	}
	for _, bad := range []index.EventFilter{{After: "not-a-cursor"}, {Limit: 501}, {After: index.EncodeCursor(1)[:3]}} {
		if _, err := db.Events(ctx, bad); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	if _, err := index.ParseKinds("dat.anchored,dat.lost"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Errorf("unknown kind: %v", err)
	}

	// Past the head there is nothing; the page says where to poll from.
	head, err := db.EventsHead(ctx)
	f.Must(err)
	if head != all[len(all)-1].Cursor {
		t.Fatalf("head %s; last event %s", head, all[len(all)-1].Cursor)
	}
	p, err := db.Events(ctx, index.EventFilter{After: head})
	f.Must(err)
	if len(p.Items) != 0 || p.More || p.Next != head {
		t.Fatalf("after the head: %+v", p)
	}
	// A reindex rebuilds the same events (same ids) at new positions.
	f.Must(ix.Reindex(ctx))
	f.Must(ix.CatchUp(ctx))
	again := allEvents(t, db, index.EventFilter{Limit: 500})
	if len(again) != len(all) {
		t.Fatalf("%d events after a reindex; %d before", len(again), len(all))
	}
	for i := range again {
		if again[i].ID != all[i].ID || string(again[i].Data) != string(all[i].Data) {
			t.Fatalf("event %d after a reindex: %s; before %s", i, again[i].ID, all[i].ID)
		}
		if a, _ := index.DecodeCursor(again[i].Cursor); a <= mustSeq(t, head) {
			t.Fatalf("reindexed event at position %d, not after the old head %s", a, head)
		}
	}
}

func mustSeq(t *testing.T, c string) int64 {
	t.Helper()
	n, err := index.DecodeCursor(c)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestFeed_StationConditions: a station anchoring data of another place is a location mismatch;
// a station silent past the threshold goes offline once per silence (a registered station that
// never anchored counts from its onboarding), an inactive one never.
func TestFeed_StationConditions(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op := evmtest.Account("operator", 0)
	a, b, c := evmtest.Account("device", 0), evmtest.Account("device", 1), evmtest.Account("device", 2)
	cork, err := privacy.Cell(518_985_000, -84_756_000, 8)
	n.Must(err)
	dublin, err := privacy.Cell(533_498_000, -62_603_000, 8)
	n.Must(err)
	n.Onboard(op, a, cork)
	n.Onboard(op, b, cork)
	n.Onboard(op, c, cork)
	n.MustSend(op, n.Suite.Registry, n.Suite.RegistryABI.PackSetActive(c.Address, false), nil)
	anchor := func(cell uint64) uint64 {
		ct := n.Contribution(a, 10, 5000)
		ct.H3Cell = cell
		return n.Anchor(op, []*evm.Account{a}, []datpin.Contribution{ct})
	}
	anchor(privacy.Parent(cork, 7))
	far := anchor(privacy.Parent(dublin, 7))

	db := openDB(t, t.TempDir())
	ix, err := index.New(ctx, db, n.Suite, index.Config{Alerts: index.AlertConfig{OfflineAfter: 2 * time.Hour, ScoreDropPercent: -1}})
	n.Must(err)
	step := func() map[string][]index.Event {
		t.Helper()
		_, err := n.Chain.Mine()
		n.Must(err)
		n.Must(ix.CatchUp(ctx))
		return byKind(allEvents(t, db, index.EventFilter{Limit: 500}))
	}
	ev := step()
	if len(ev[index.KindStationOffline]) != 0 {
		t.Fatalf("offline before any silence: %+v", ev[index.KindStationOffline])
	}
	mm := ev[index.KindStationLocationMismatch]
	if len(mm) != 1 {
		t.Fatalf("location mismatches %+v", mm)
	}
	d := decode[index.StationLocationMismatch](t, mm[0])
	if d.Token != far || d.RegisteredCell != index.CellString(cork) || d.ContributionCell != index.CellString(privacy.Parent(dublin, 7)) ||
		mm[0].Station != low(a.Address) || mm[0].Operator != low(op.Address) || d.DeviceType != 1 {
		t.Fatalf("mismatch %+v %+v", mm[0], d)
	}

	offline := func(ev map[string][]index.Event) map[string][]index.StationOffline {
		out := map[string][]index.StationOffline{}
		for _, e := range ev[index.KindStationOffline] {
			out[e.Station] = append(out[e.Station], decode[index.StationOffline](t, e))
		}
		return out
	}
	n.Advance(3 * time.Hour)
	off := offline(step())
	if len(off) != 2 || len(off[low(a.Address)]) != 1 || len(off[low(b.Address)]) != 1 {
		t.Fatalf("offline after 3 h: %+v", off)
	}
	if off[low(a.Address)][0].LastActivityKind != "anchored" || off[low(b.Address)][0].LastActivityKind != "onboarded" ||
		off[low(a.Address)][0].AfterSeconds != 7200 || off[low(a.Address)][0].SilentSeconds < 3*3600 {
		t.Fatalf("offline %+v", off)
	}
	n.Advance(time.Hour)
	if again := offline(step()); len(again[low(a.Address)]) != 1 || len(again[low(b.Address)]) != 1 {
		t.Fatalf("a silence reported twice: %+v", again)
	}
	// A's new anchoring ends its silence; the next one is a new event.
	anchor(privacy.Parent(cork, 7))
	step()
	n.Advance(3 * time.Hour)
	off = offline(step())
	if len(off[low(a.Address)]) != 2 || len(off[low(b.Address)]) != 1 || off[low(a.Address)][1].LastActivity <= off[low(a.Address)][0].LastActivity {
		t.Fatalf("second silence %+v", off)
	}
	if len(off[low(c.Address)]) != 0 {
		t.Fatal("an inactive station went offline")
	}
}

// TestFeed_Reorg: a reorganization removes the abandoned branch's events from the feed, appends a
// chain.reorg event that names them, and the new branch's events come at new positions.
func TestFeed_Reorg(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	anchorOne(n, op, dev, 5000)
	forkAt, _ := n.Chain.Client.BlockNumber(ctx)
	parent, err := n.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(forkAt))
	n.Must(err)
	anchorOne(n, evmtest.Account("relayer", 0), dev, 6000)
	_, err = n.Chain.Mine()
	n.Must(err)
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	n.Must(ix.CatchUp(ctx))
	before := allEvents(t, db, index.EventFilter{Limit: 500})
	if len(before) != 2 {
		t.Fatalf("events before the reorganization: %+v", before)
	}
	old := before[1]

	n.Must(n.Chain.Fork(parent.Hash()))
	c := n.Contribution(dev, 10, 4000)
	_, _ = rand.Read(c.MerkleRoot[:])
	if _, _, err := n.Suite.Anchor(ctx, evmtest.Account("relayer", 1), []datpin.Contribution{c}, [][]byte{n.Sign(dev, &c)}); err != nil {
		t.Fatal(err)
	}
	for {
		h, _ := n.Chain.Client.BlockNumber(ctx)
		if h > old.Block+2 {
			break
		}
		_, err := n.Chain.Mine()
		n.Must(err)
	}
	changed := db.EventsChanged()
	n.Must(ix.CatchUp(ctx))
	select {
	case <-changed:
	default:
		t.Fatal("no change of the feed signalled")
	}
	// The node may re-include the abandoned branch's transaction on the new one (as another
	// token): any anchoring after the reorganization is the new branch's.
	after := allEvents(t, db, index.EventFilter{After: old.Cursor, Limit: 500})
	if len(after) < 2 || after[0].Kind != index.KindChainReorg {
		t.Fatalf("events after the reorganization: %+v", after)
	}
	r := decode[index.ChainReorg](t, after[0])
	if r.Fork >= old.Block || r.Tip < old.Block || r.Retracted != 1 || len(r.RetractedIDs) != 1 || r.RetractedIDs[0] != old.ID {
		t.Fatalf("reorg %+v; the old event %+v", r, old)
	}
	checkGolden(t, after[0])
	sawNew := false
	for _, e := range after[1:] {
		if e.Kind != index.KindDATAnchored || e.ID == old.ID {
			t.Fatalf("after the reorganization %+v", e)
		}
		sawNew = sawNew || decode[index.DATAnchored](t, e).MerkleRoot == common.Hash(c.MerkleRoot).Hex()
	}
	if !sawNew {
		t.Fatal("the new branch's anchoring is not in the feed")
	}
	full := allEvents(t, db, index.EventFilter{Limit: 500})
	if len(full) != 1+len(after) || full[0].ID != before[0].ID {
		t.Fatalf("feed after the reorganization: %+v", full)
	}
	// A station filter still shows the reorganization.
	if es := allEvents(t, db, index.EventFilter{Station: low(dev.Address), Kinds: []string{index.KindChainReorg}, Limit: 10}); len(es) != 1 {
		t.Fatalf("station filter hides the reorganization: %+v", es)
	}
}

// Event schema compatibility: index/testdata/events/KIND.json is an example of each kind as
// first published. Every field path of a golden must still exist, with the same JSON type, in
// the kind's current Go type and in every event the index writes; new fields are allowed.

// shape flattens a JSON value into its field paths and their JSON types.
func shape(v any, path string, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		out[path] = "object"
		for k, e := range x {
			shape(e, path+"."+k, out)
		}
	case []any:
		out[path] = "array"
		for _, e := range x {
			shape(e, path+"[]", out)
		}
	case string:
		out[path] = "string"
	case float64:
		out[path] = "number"
	case bool:
		out[path] = "boolean"
	case nil:
		out[path] = "null"
	}
}

func shapeOf(t *testing.T, b []byte) map[string]string {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
	out := map[string]string{}
	shape(v, "", out)
	return out
}

// incompatible lists what current lacks of golden: a removed or renamed field, a changed type
// (null in either is a value of any type). Under an empty array of current nothing is checked.
func incompatible(golden, current map[string]string) []string {
	var out []string
	for p, typ := range golden {
		cur, ok := current[p]
		switch {
		case !ok && underEmptyArray(p, current):
		case !ok:
			out = append(out, p+": removed or renamed")
		case cur != typ && cur != "null" && typ != "null":
			out = append(out, p+": "+typ+" became "+cur)
		}
	}
	sort.Strings(out)
	return out
}

// underEmptyArray reports whether path p lies under an array of current that has no items.
func underEmptyArray(p string, current map[string]string) bool {
	for i := 0; ; {
		j := strings.Index(p[i:], "[]")
		if j < 0 {
			return false
		}
		arr := p[:i+j]
		if current[arr] == "array" {
			empty := true
			for k := range current {
				if strings.HasPrefix(k, arr+"[]") {
					empty = false
					break
				}
			}
			if empty {
				return true
			}
		}
		i += j + 2
	}
}

func golden(t *testing.T, kind string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "events", kind+".json"))
	if err != nil {
		t.Fatalf("no golden of %s: %v", kind, err)
	}
	return b
}

// checkGolden checks one written event against its kind's golden.
func checkGolden(t *testing.T, e index.Event) {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if bad := incompatible(shapeOf(t, golden(t, e.Kind)), shapeOf(t, b)); len(bad) > 0 {
		t.Errorf("%s event %s breaks its schema: %v", e.Kind, b, bad)
	}
}
