package telemetry_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// seed adds the first lines of each fixture: short seeds keep the fuzzer's
// minimization of new inputs quick.
func seed(f *testing.F, lines int, paths ...string) {
	for _, p := range paths {
		b := MustRead(f, p)
		for i, n := 0, 0; i < len(b); i++ {
			if b[i] == '\n' {
				if n++; n == lines {
					b = b[:i+1]
					break
				}
			}
		}
		f.Add(b)
	}
}

// checkRoundTrip asserts what emitted records must satisfy: they are valid
// and survive record → JSONL → record unchanged, and re-encode byte for byte.
func checkRoundTrip(t *testing.T, recs []datpin.Record) {
	t.Helper()
	var out []byte
	for i := range recs {
		if err := telemetry.Validate(&recs[i]); err != nil {
			t.Fatalf("emitted an invalid record: %v: %+v", err, recs[i])
		}
		out = telemetry.AppendJSONL(out, &recs[i])
	}
	var got []datpin.Record
	_, err := telemetry.ParseJSONL(bytes.NewReader(out), "rt", "", func(x datpin.Record) error { got = append(got, x); return nil },
		func(e *datpin.RowError) { t.Fatalf("round trip: %v", e) })
	if err != nil || len(got) != len(recs) {
		t.Fatalf("round trip of %s: %v, %d records", out, err, len(got))
	}
	if !reflect.DeepEqual(got, recs) {
		t.Fatalf("round trip of %s\n got %+v\nwant %+v", out, got, recs)
	}
	var again []byte
	for i := range got {
		again = telemetry.AppendJSONL(again, &got[i])
	}
	if !bytes.Equal(again, out) {
		t.Fatalf("re-encoding differs:\n%s%s", out, again)
	}
}

func fuzzParser(t *testing.T, data []byte, parse parseFunc) {
	var rows int
	var recs []datpin.Record
	st, err := parse(bytes.NewReader(data), "fuzz", "dev", func(r datpin.Record) error {
		recs = append(recs, r)
		return nil
	}, func(e *datpin.RowError) {
		rows++
		if e.Line < 1 || e.File != "fuzz" || e.Reason == "" {
			t.Fatalf("bad RowError %+v", e)
		}
	})
	if err != nil && datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("unexpected error %v", err)
	}
	if rows != st.Bad || len(recs) != st.Records {
		t.Fatalf("%d bad rows and %d records reported, stats say %+v", rows, len(recs), st)
	}
	checkRoundTrip(t, recs)
}

func FuzzParseGNetTrack(f *testing.F) {
	seed(f, 3, "testdata/gnettrack/static_5g.csv", "testdata/gnettrack/bad_rows.csv",
		"testdata/gnettrack/crlf.csv", "testdata/gnettrack/reordered.csv")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParser(t, data, gnet) })
}

func FuzzParseWeather(f *testing.F) {
	seed(f, 3, "testdata/weather/day.csv", "testdata/weather/bad_rows.csv")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParser(t, data, weather) })
}

func FuzzParseJSONL(f *testing.F) {
	seed(f, 4, "testdata/jsonl/mixed.jsonl", "testdata/jsonl/bad_rows.jsonl")
	f.Add([]byte(`{"kind":"session","time":"2026-01-02T03:04:05Z","device":"\ud83d\ude00\u0000\"","rsrp_dbm":-1e2}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParser(t, data, jsonl) })
}

func FuzzParse(f *testing.F) {
	seed(f, 2, "testdata/gnettrack/static_5g.csv", "testdata/weather/day.csv", "testdata/jsonl/mixed.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParser(t, data, func(r *bytes.Reader, file, id string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (telemetry.Stats, error) {
			_, st, err := telemetry.Parse(r, file, id, emit, bad)
			return st, err
		})
	})
}
