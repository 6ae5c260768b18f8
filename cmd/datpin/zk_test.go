package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/datpin/datpin/zk"
)

// jsonTail is the JSON document at the end of the output (progress lines come first).
func jsonTail(t *testing.T, out, open string) []byte {
	t.Helper()
	i := strings.Index(out, open)
	if i < 0 {
		t.Fatalf("no JSON in %q", out)
	}
	return []byte(out[i:])
}

func TestCLI_ZKSetupChecksPins(t *testing.T) {
	cache := t.TempDir()
	out, err := run(t, "zk", "setup", "--size", "8", "--cache", cache, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Size   int    `json:"size"`
		VK     string `json:"vkSha256"`
		Pinned bool   `json:"pinned"`
	}
	if err := json.Unmarshal(jsonTail(t, out, "["), &rows); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if len(rows) != 1 || rows[0].Size != zk.TestSize || !rows[0].Pinned || rows[0].VK != zk.Pinned[zk.TestSize][0] {
		t.Fatalf("zk setup printed %+v", rows)
	}
}

// The bench's fields, on the small circuit: a proof verified by the suite's deployed verifier.
func TestCLI_BenchZKSmall(t *testing.T) {
	t.Setenv("DATPIN_CACHE", t.TempDir())
	out, err := run(t, "bench", "zk", "--sizes", "8", "--out", "", "--json")
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var res struct {
		Sizes []struct {
			Records     int     `json:"records"`
			Constraints int     `json:"constraints"`
			Prove       float64 `json:"proveSeconds"`
		} `json:"sizes"`
		ProveSeconds1024 *float64 `json:"proveSeconds1024"`
		VerifyGas        uint64   `json:"verifyGas"`
		AddProofGas      uint64   `json:"addProofGas"`
	}
	if err := json.Unmarshal(jsonTail(t, out, "{"), &res); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if len(res.Sizes) != 1 || res.Sizes[0].Records != 8 || res.Sizes[0].Constraints == 0 || res.Sizes[0].Prove <= 0 {
		t.Fatalf("sizes %+v", res.Sizes)
	}
	if res.ProveSeconds1024 == nil || res.VerifyGas == 0 || res.VerifyGas > 300_000 || res.AddProofGas <= res.VerifyGas-21_000 {
		t.Fatalf("bench zk = %+v", res)
	}
}
