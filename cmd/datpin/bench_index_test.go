package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bench index indexes a whole demo network (every log the contracts emitted), times each query
// and writes its section of the benchmarks file.
func TestBenchIndex(t *testing.T) {
	md := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	out, err := run(t, "bench", "index", "--stations", "20", "--out", md, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []indexBench
	if err := json.Unmarshal([]byte(out[strings.Index(out, "["):]), &rows); err != nil {
		t.Fatalf("bench index --json printed %q", out)
	}
	if len(rows) != 1 || rows[0].Stations != 20 || rows[0].DATs != 20 || rows[0].Logs == 0 || rows[0].Blocks == 0 || rows[0].Events < 2*20 {
		t.Fatalf("rows %+v", rows)
	}
	for _, q := range indexQueryOrder {
		if _, ok := rows[0].Queries[q]; !ok {
			t.Errorf("query %q not measured", q)
		}
	}
	b, err := os.ReadFile(md)
	if err != nil || !strings.Contains(string(b), "<!-- bench:index -->") || !strings.Contains(string(b), "| 20 stations | 20 |") {
		t.Fatalf("benchmarks file: %v\n%s", err, b)
	}
}
