package telemetry_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// parsed is everything one parse produced.
type parsed struct {
	recs  []datpin.Record
	bad   []*datpin.RowError
	stats telemetry.Stats
	err   error
}

type parseFunc func(r *bytes.Reader, file, id string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (telemetry.Stats, error)

func gnet(r *bytes.Reader, file, id string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (telemetry.Stats, error) {
	return telemetry.ParseGNetTrack(r, file, id, emit, bad)
}

func weather(r *bytes.Reader, file, id string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (telemetry.Stats, error) {
	return telemetry.ParseWeather(r, file, id, emit, bad)
}

func jsonl(r *bytes.Reader, file, id string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (telemetry.Stats, error) {
	return telemetry.ParseJSONL(r, file, id, emit, bad)
}

func run(data []byte, file, id string, parse parseFunc) parsed {
	var p parsed
	p.stats, p.err = parse(bytes.NewReader(data), file, id,
		func(r datpin.Record) error { p.recs = append(p.recs, r); return nil },
		func(e *datpin.RowError) { p.bad = append(p.bad, e) })
	return p
}

func MustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func ms(t string) int64 {
	tm, err := time.Parse(time.RFC3339Nano, t)
	if err != nil {
		panic(err)
	}
	return tm.UnixMilli()
}

func TestParseGNetTrack(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		p := run(MustRead(t, "testdata/gnettrack/static_5g.csv"), "static_5g.csv", "dev-1", gnet)
		if p.err != nil || len(p.bad) != 0 {
			t.Fatalf("err %v, bad %v", p.err, p.bad)
		}
		want := telemetry.Stats{Rows: 8, Records: 8, Unavailable: 3, Skipped: 1}
		if p.stats != want {
			t.Fatalf("stats %+v, want %+v", p.stats, want)
		}
		first := datpin.NewRecord(datpin.KindSession)
		first.Time = ms("2021-03-04T10:00:00Z")
		first.DeviceID, first.StationID, first.CellID = "dev-1", "A1B2", "B"
		first.LatE7, first.LonE7, first.SpeedKmh = 518812350, -84012340, 0
		first.Mode = datpin.ModeNR
		first.RSRPdBm10, first.RSRQdB10, first.SINRdB10, first.RSSIdBm10, first.CQI = -950, -110, 90, -700, 13
		first.NRRSRPdBm10, first.NRRSRQdB10 = -970, -120
		first.DownKbps, first.UpKbps, first.Active = 48210, 310, true
		if !reflect.DeepEqual(p.recs[0], first) {
			t.Fatalf("first record\n got %+v\nwant %+v", p.recs[0], first)
		}
		r := p.recs
		if r[1].NRRSRQdB10 != datpin.Missing || r[2].NRRSRPdBm10 != datpin.Missing {
			t.Errorf("unavailable markers not Missing: %d %d", r[1].NRRSRQdB10, r[2].NRRSRPdBm10)
		}
		if r[3].LatencyMs10 != 420 || r[3].JitterMs10 != 40 || r[3].LossPermille != 0 || r[3].SINRdB10 != datpin.Missing {
			t.Errorf("ping row: %+v", r[3])
		}
		if r[4].Mode != datpin.ModeLTE || !r[4].Active || r[4].LossPermille != 1000 || r[4].LatencyMs10 != datpin.Missing {
			t.Errorf("VD row with 100%% loss: %+v", r[4])
		}
		if r[5].Mode != datpin.Mode3G || r[5].StationID != "C" || r[5].CellID != "CB8A" {
			t.Errorf("HSPA+ row: %+v", r[5])
		}
		if r[7].RSRPdBm10 != datpin.Missing || r[7].CellID != "124546051" || r[7].Active {
			t.Errorf("RAWCELLID fallback row: %+v", r[7])
		}
		if r[2].Time != r[1].Time {
			t.Errorf("rows in the same second must keep the same time")
		}
	})
	t.Run("BadRows", func(t *testing.T) {
		p := run(MustRead(t, "testdata/gnettrack/bad_rows.csv"), "bad_rows.csv", "dev-1", gnet)
		if p.err != nil {
			t.Fatal(p.err)
		}
		wantBad := map[int]string{
			3: "has 25 fields", 4: "RSRP: not a number", 5: "RSRP outside", 6: "NR RSRQ outside",
			7: "time goes back 120 s", 9: "Timestamp", 10: "State", 11: "NODEHEX", 12: "packet loss",
			13: "latitude", 14: "no Timestamp", 15: "CQI", 17: "download rate",
		}
		if len(p.bad) != len(wantBad) {
			for _, e := range p.bad {
				t.Log(e)
			}
			t.Fatalf("%d bad rows, want %d", len(p.bad), len(wantBad))
		}
		for _, e := range p.bad {
			if e.File != "bad_rows.csv" || !strings.Contains(e.Reason, wantBad[e.Line]) || wantBad[e.Line] == "" {
				t.Errorf("line %d: reason %q, want %q", e.Line, e.Reason, wantBad[e.Line])
			}
			if !strings.HasPrefix(e.Raw, "2021.") && !strings.HasPrefix(e.Raw, "-,") {
				t.Errorf("line %d: raw %q", e.Line, e.Raw)
			}
		}
		if len(p.recs) != 3 || p.stats.Rows != 16 || p.stats.Bad != 13 || p.stats.Skipped != 1 {
			t.Fatalf("%d records, stats %+v", len(p.recs), p.stats)
		}
	})
	t.Run("CRLF", func(t *testing.T) {
		p := run(MustRead(t, "testdata/gnettrack/crlf.csv"), "crlf.csv", "d", gnet)
		if p.err != nil || len(p.recs) != 1 || p.recs[0].NRRSRQdB10 != datpin.Missing || p.recs[0].CellID != "B" {
			t.Fatalf("%v %+v %v", p.err, p.recs, p.bad)
		}
	})
	t.Run("ColumnsInAnyOrder", func(t *testing.T) {
		p := run(MustRead(t, "testdata/gnettrack/reordered.csv"), "reordered.csv", "d", gnet)
		if p.err != nil || len(p.recs) != 2 || len(p.bad) != 0 {
			t.Fatalf("%v %+v %v", p.err, p.recs, p.bad)
		}
		if r := p.recs[1]; r.RSRPdBm10 != -890 || r.StationID != "A1B2" || r.CellID != "" || r.Mode != datpin.ModeLTE {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("ErrHeader", func(t *testing.T) {
		for _, in := range []string{"", "Longitude,Latitude\n1,2\n", "Timestamp,RSRP,RSRP\n"} {
			p := run([]byte(in), "h.csv", "d", gnet)
			if datpin.ErrorCode(p.err) != datpin.EINVALID {
				t.Errorf("%q: err %v, want EINVALID", in, p.err)
			}
		}
	})
	t.Run("ErrEmit", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		_, err := telemetry.ParseGNetTrack(bytes.NewReader(MustRead(t, "testdata/gnettrack/static_5g.csv")), "f", "d",
			func(datpin.Record) error { n++; return stop }, nil)
		if err != stop || n != 1 {
			t.Fatalf("err %v after %d records, want the emit error after 1", err, n)
		}
	})
	t.Run("LongLine", func(t *testing.T) {
		var b bytes.Buffer
		b.Write(MustRead(t, "testdata/gnettrack/crlf.csv"))
		b.WriteString(strings.Repeat("x", 2<<20) + "\n")
		b.WriteString("2021.03.04_12.00.01,-8.4,51.9,0,X,11,LTE,-85,-9,15.0,12,-60,100,10,I,-,-,-,-,-,B,A1B2,1C2D,10545675,-,-\n")
		p := run(b.Bytes(), "long.csv", "d", gnet)
		if p.err != nil || len(p.recs) != 2 || len(p.bad) != 1 || p.bad[0].Line != 3 {
			t.Fatalf("%v %d records %v", p.err, len(p.recs), p.bad)
		}
	})
}

func TestParseWeather(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		p := run(MustRead(t, "testdata/weather/day.csv"), "day.csv", "ws-1", weather)
		if p.err != nil || len(p.bad) != 0 {
			t.Fatalf("%v %v", p.err, p.bad)
		}
		if p.stats.Rows != 24 || p.stats.Records != 24*5 {
			t.Fatalf("stats %+v", p.stats)
		}
		want := []struct {
			q datpin.Quantity
			v int64
		}{
			{datpin.QuantityTemperatureC, 7760}, {datpin.QuantityHumidityPct, 94000}, {datpin.QuantityWindMS, 2000},
			{datpin.QuantityPrecipMM, 0}, {datpin.QuantityPressureHPa, 1010000},
		}
		for i, w := range want {
			r := p.recs[i]
			if r.Kind != datpin.KindSensor || r.Quantity != w.q || r.ValueE3 != w.v || r.DeviceID != "ws-1" ||
				r.Time != ms("2021-03-01T00:00:00Z") || r.LatE7 != 425000000 || r.LonE7 != -782500000 {
				t.Errorf("record %d: %+v, want quantity %d value %d", i, r, w.q, w.v)
			}
		}
		last := p.recs[len(p.recs)-1]
		if last.Time != ms("2021-03-01T23:00:00Z") || last.Quantity != datpin.QuantityPressureHPa || last.ValueE3 != 1012645 {
			t.Errorf("last: %+v", last)
		}
	})
	t.Run("BadRows", func(t *testing.T) {
		p := run(MustRead(t, "testdata/weather/bad_rows.csv"), "bad.csv", "ws-1", weather)
		if p.err != nil {
			t.Fatal(p.err)
		}
		wantBad := map[int]string{3: "physical range", 4: "has 10 fields", 5: "datetime", 6: "quotes",
			7: "not a number", 8: "physical range", 9: "time goes back", 10: "coordinates"}
		if len(p.bad) != len(wantBad) {
			t.Fatalf("bad %v", p.bad)
		}
		for _, e := range p.bad {
			if w := wantBad[e.Line]; w == "" || !strings.Contains(e.Reason, w) {
				t.Errorf("line %d: %q, want %q", e.Line, e.Reason, w)
			}
		}
		if p.stats.Records != 9 || p.stats.Rows != 10 {
			t.Fatalf("stats %+v", p.stats)
		}
		if r := p.recs[5]; r.LatE7 != datpin.Missing || r.Quantity != datpin.QuantityTemperatureC || r.ValueE3 != 4200 {
			t.Errorf("row without coordinates: %+v", r)
		}
	})
	t.Run("ErrUnit", func(t *testing.T) {
		p := run([]byte("datetime (UTC),temperature (degF)\n"), "f.csv", "w", weather)
		if datpin.ErrorCode(p.err) != datpin.EINVALID {
			t.Fatalf("err %v", p.err)
		}
	})
}

func TestParseJSONL(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		p := run(MustRead(t, "testdata/jsonl/mixed.jsonl"), "mixed.jsonl", "default-dev", jsonl)
		if p.err != nil || len(p.bad) != 0 {
			t.Fatalf("%v %v", p.err, p.bad)
		}
		if p.stats != (telemetry.Stats{Rows: 5, Records: 5, Skipped: 1}) {
			t.Fatalf("stats %+v", p.stats)
		}
		s := p.recs[0]
		if s.RSRPdBm10 != -955 || s.LatencyMs10 != 425 || s.LossPermille != 5 || s.Mode != datpin.ModeNR ||
			!s.Active || s.Time != ms("2026-01-02T03:04:05Z") || s.LatE7 != 518812350 || s.DownKbps != 48210 {
			t.Errorf("session: %+v", s)
		}
		if s := p.recs[1]; s.Time != 1767323046000 || s.RSRQdB10 != datpin.Missing || s.Active {
			t.Errorf("session 2: %+v", s)
		}
		h := p.recs[2]
		if h.Kind != datpin.KindHeartbeat || h.Time != ms("2026-01-02T02:05:00.25Z") || h.Sessions != 12 || h.Devices != 5 {
			t.Errorf("heartbeat: %+v", h)
		}
		if s := p.recs[3]; s.DeviceID != "ws-été" || s.ValueE3 != -3250 || s.Quantity != datpin.QuantityTemperatureC {
			t.Errorf("sensor: %+v", s)
		}
		if s := p.recs[4]; s.DeviceID != "default-dev" || s.ValueE3 != 1013200 || s.CellID != "" {
			t.Errorf("sensor 2: %+v", s)
		}
	})
	t.Run("InvalidUTF8", func(t *testing.T) {
		// The same bytes the CSV parsers quarantine must not be re-encoded into another station.
		in := "{\"kind\":\"session\",\"time\":1767323046000,\"device\":\"d\",\"station\":\"A\xffB\",\"mode\":\"LTE\",\"rsrp_dbm\":-101}\n" +
			"{\"kind\":\"session\",\"time\":1767323047000,\"device\":\"d\",\"station\":\"AB\",\"mode\":\"LTE\",\"rsrp_dbm\":-101}\n" +
			"{\"kind\":\"session\",\"time\":1767323048000,\"device\":\"d\\u00e9\xc3\",\"station\":\"AB\",\"mode\":\"LTE\",\"rsrp_dbm\":-101}\n"
		p := run([]byte(in), "utf8.jsonl", "", jsonl)
		if p.err != nil {
			t.Fatal(p.err)
		}
		if len(p.bad) != 2 || p.bad[0].Line != 1 || p.bad[1].Line != 3 || p.bad[0].File != "utf8.jsonl" {
			t.Fatalf("bad rows %+v; want lines 1 and 3 set aside", p.bad)
		}
		if len(p.recs) != 1 || p.recs[0].StationID != "AB" {
			t.Fatalf("records %+v; want only the valid line", p.recs)
		}
	})
	t.Run("BadRows", func(t *testing.T) {
		p := run(MustRead(t, "testdata/jsonl/bad_rows.jsonl"), "bad.jsonl", "", jsonl)
		if p.err != nil {
			t.Fatal(p.err)
		}
		wantBad := map[int]string{
			2: "RSRP outside", 3: "not a number", 4: "not in the session schema", 5: "unknown field",
			6: "duplicate field", 7: "time goes back", 9: "physical range", 10: "without", 11: "kind",
			12: "kind", 13: "time", 14: "time", 15: "latitude without longitude", 16: "not a JSON object",
			17: "text after", 18: "malformed number", 19: "mode", 20: "active", 21: "nested",
		}
		for _, e := range p.bad {
			if w := wantBad[e.Line]; w == "" || !strings.Contains(e.Reason, w) {
				t.Errorf("line %d: %q, want %q", e.Line, e.Reason, w)
			}
		}
		if len(p.bad) != len(wantBad) || len(p.recs) != 3 {
			t.Fatalf("%d bad, %d records", len(p.bad), len(p.recs))
		}
	})
}

// TestJSONL_RoundTrip checks record → JSONL → record for every fixture, and
// that writing the parsed records again gives the same bytes.
func TestJSONL_RoundTrip(t *testing.T) {
	var all []datpin.Record
	all = append(all, run(MustRead(t, "testdata/gnettrack/static_5g.csv"), "a", "dev-1", gnet).recs...)
	all = append(all, run(MustRead(t, "testdata/weather/day.csv"), "b", "ws-1", weather).recs...)
	all = append(all, run(MustRead(t, "testdata/jsonl/mixed.jsonl"), "c", "d", jsonl).recs...)
	var out bytes.Buffer
	if err := telemetry.WriteJSONL(&out, all...); err != nil {
		t.Fatal(err)
	}
	// Devices of the fixtures go back in time at most across files: parse
	// per record so the backward-time rule does not apply across fixtures.
	var back []datpin.Record
	for i, line := range bytes.SplitAfter(out.Bytes(), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		p := run(line, "rt", "", jsonl)
		if p.err != nil || len(p.bad) != 0 || len(p.recs) != 1 {
			t.Fatalf("line %d %s: %v %v", i+1, line, p.err, p.bad)
		}
		back = append(back, p.recs[0])
	}
	if !reflect.DeepEqual(back, all) {
		for i := range all {
			if !reflect.DeepEqual(back[i], all[i]) {
				t.Fatalf("record %d\n got %+v\nwant %+v", i, back[i], all[i])
			}
		}
	}
	var again bytes.Buffer
	if err := telemetry.WriteJSONL(&again, back...); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Fatal("re-encoding differs")
	}
}

func TestWriteJSONL(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = ms("2026-01-02T03:04:05.5Z")
		r.DeviceID, r.RSRPdBm10, r.LatE7, r.LonE7, r.LossPermille = "a\"b\x01", -955, 518861410, -83946240, 5
		var b bytes.Buffer
		if err := telemetry.WriteJSONL(&b, r); err != nil {
			t.Fatal(err)
		}
		want := `{"kind":"session","time":"2026-01-02T03:04:05.5Z","device":"a\"b\u0001","lat":51.886141,"lon":-8.394624,"rsrp_dbm":-95.5,"loss_pct":0.5}` + "\n"
		if b.String() != want {
			t.Fatalf("got  %s\nwant %s", b.String(), want)
		}
	})
	t.Run("ErrLostField", func(t *testing.T) {
		r := datpin.NewRecord(datpin.KindSensor)
		r.Time, r.Quantity, r.ValueE3, r.RSRPdBm10 = ms("2026-01-02T03:04:05Z"), datpin.QuantityWindMS, 1, -900
		if err := telemetry.WriteJSONL(&bytes.Buffer{}, r); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		r := datpin.NewRecord(datpin.KindSession)
		if err := telemetry.WriteJSONL(&bytes.Buffer{}, r); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err %v", err)
		}
	})
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       telemetry.Format
	}{
		{"x.csv", "Timestamp,Longitude,Latitude,Speed,Operatorname,CellID,NetworkMode,RSRP,RSRQ\n", telemetry.FormatGNetTrack},
		{"x.csv", "\xef\xbb\xbfTimestamp,NODEHEX\n", telemetry.FormatGNetTrack},
		{"x.csv", "datetime (UTC),\"coordinates (lat,lon)\",temperature (degC)\n", telemetry.FormatWeather},
		{"x.txt", "  {\"kind\":\"session\"}\n", telemetry.FormatJSONL},
		{"x.jsonl", "", telemetry.FormatJSONL},
		{"x.csv", "a,b,c\n", telemetry.FormatUnknown},
		{"x.csv", "Timestamp,Other\n", telemetry.FormatUnknown},
	} {
		if got := telemetry.Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestParsePath(t *testing.T) {
	t.Run("Dir", func(t *testing.T) {
		dir := t.TempDir()
		copyFile(t, "testdata/gnettrack/static_5g.csv", filepath.Join(dir, "a", "B_2021.03.04_10.00.00.csv"))
		copyFile(t, "testdata/weather/day.csv", filepath.Join(dir, "b", "buffalo.csv"))
		copyFile(t, "testdata/jsonl/mixed.jsonl", filepath.Join(dir, "c.jsonl"))
		os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("hello,world\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "README.md"), []byte("# not data\n"), 0o644)
		var recs []datpin.Record
		var bad []*datpin.RowError
		st, err := telemetry.ParsePath(dir, func(r datpin.Record) error { recs = append(recs, r); return nil },
			func(e *datpin.RowError) { bad = append(bad, e) })
		if err != nil {
			t.Fatal(err)
		}
		if st.Files != 4 || st.Records != 8+120+5 || len(recs) != st.Records || len(bad) != 1 || bad[0].Line != 1 {
			t.Fatalf("stats %+v, bad %v", st, bad)
		}
		if recs[0].DeviceID != "B_2021.03.04_10.00.00" || recs[8].DeviceID != "buffalo" {
			t.Fatalf("device ids from file names: %q %q", recs[0].DeviceID, recs[8].DeviceID)
		}
	})
	t.Run("ErrUnknownFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.csv")
		os.WriteFile(path, []byte("a,b\n"), 0o644)
		_, err := telemetry.ParsePath(path, func(datpin.Record) error { return nil }, nil)
		if datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := telemetry.ParsePath(filepath.Join(t.TempDir(), "nope"), func(datpin.Record) error { return nil }, nil)
		if datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("ErrEmit", func(t *testing.T) {
		stop := errors.New("stop")
		_, err := telemetry.ParsePath("testdata/gnettrack", func(datpin.Record) error { return stop }, nil)
		if err != stop {
			t.Fatalf("err %v, want the emit error unchanged", err)
		}
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, MustRead(t, from), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestQuarantine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.jsonl")
	q, err := telemetry.OpenQuarantine(path)
	if err != nil {
		t.Fatal(err)
	}
	p := run(MustRead(t, "testdata/gnettrack/bad_rows.csv"), "bad_rows.csv", "d", func(r *bytes.Reader, file, id string, emit func(datpin.Record) error, _ func(*datpin.RowError)) (telemetry.Stats, error) {
		return telemetry.ParseGNetTrack(r, file, id, emit, q.Add)
	})
	q.Add(&datpin.RowError{File: "bin", Line: 7, Reason: "binary", Raw: "\xff\xfe,\x00"})
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}
	if q.Count() != p.stats.Bad+1 {
		t.Fatalf("count %d, want %d", q.Count(), p.stats.Bad+1)
	}
	// Reopening appends.
	q2, _ := telemetry.OpenQuarantine(path)
	q2.Add(&datpin.RowError{File: "again", Line: 2, Reason: "r", Raw: "x"})
	q2.Close()

	var got []datpin.RowError
	f, _ := os.Open(path)
	defer f.Close()
	if err := telemetry.ReadQuarantine(f, func(e *datpin.RowError) error { got = append(got, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != p.stats.Bad+2 {
		t.Fatalf("read %d rows", len(got))
	}
	if got[0].File != "bad_rows.csv" || got[0].Line != 3 || !strings.HasPrefix(got[0].Raw, "2021.03.04_11.00.01,") {
		t.Errorf("first: %+v", got[0])
	}
	if b := got[len(got)-2]; b.Raw != "\xff\xfe,\x00" {
		t.Errorf("binary raw not kept: %q", b.Raw)
	}
	if got[len(got)-1].File != "again" {
		t.Errorf("append lost: %+v", got[len(got)-1])
	}
}
