package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bench freedata measures the plan's gas with a small batch, prints the JSON fields scripts read
// and writes its section of the benchmarks file.
func TestBenchFreeData(t *testing.T) {
	md := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	out, err := run(t, "bench", "freedata", "--batch", "5", "--sim-subscribers", "50", "--sim-years", "1", "--out", md, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &res); err != nil {
		t.Fatalf("bench freedata --json printed %q", out)
	}
	for _, k := range []string{"depositGas", "meterGas", "meterManyGas", "meterGasPerSubscriber", "firstMeterGasPerSubscriber", "withdrawGas", "transferGas", "simSubscriberMonthsPerSec"} {
		if v, ok := res[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v; want a positive number", k, res[k])
		}
	}
	if res["batch"] != 5.0 || res["goalGasPerSubscriber"] != 10000.0 {
		t.Errorf("batch %v, goal %v", res["batch"], res["goalGasPerSubscriber"])
	}
	if meets, ok := res["meetsGoal"].(bool); !ok || meets != (res["meterGasPerSubscriber"].(float64) <= 10000) {
		t.Errorf("meetsGoal %v for %v gas per subscriber", res["meetsGoal"], res["meterGasPerSubscriber"])
	}
	// A batch shares its fixed costs: per subscriber it costs less than a meter call alone.
	if res["meterGasPerSubscriber"].(float64) >= res["meterGas"].(float64) {
		t.Errorf("batched %v per subscriber, single %v", res["meterGasPerSubscriber"], res["meterGas"])
	}
	b, err := os.ReadFile(md)
	if err != nil || !strings.Contains(string(b), "<!-- bench:freedata -->") || !strings.Contains(string(b), "| meterMany, 5 subscribers |") {
		t.Fatalf("benchmarks file: %v\n%s", err, b)
	}
}
