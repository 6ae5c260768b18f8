package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
)

// onboard --fleet registers a fleet on a real node in onboardMany transactions of 100, sets bad
// lines aside with their line numbers, and skips devices already the operator's on a second run.
func TestCLI_OnboardFleetOnAnvil(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	url, _, s, addrs := anvilSuite(t, evm.DefaultConfig(), dir)
	t.Setenv("DATPIN_PASSWORD", "pw")
	out, err := run(t, "keys", "new", "--dir", filepath.Join(dir, "keys"), "--light", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var op struct{ Address, File string }
	if err := json.Unmarshal([]byte(out), &op); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "admin", "fund", op.Address, "--eth", "10", "--set-balance", "--rpc", url); err != nil {
		t.Fatal(err)
	}

	var b strings.Builder
	b.WriteString("# 150 stations, a sensor, and three bad lines\n")
	for i := range 150 {
		fmt.Fprintf(&b, "station:FLEET%03d, 87182a310ffffff\n", i)
	}
	b.WriteString("station:SENSOR1,87182a311ffffff,sensor\n")
	b.WriteString("station:BAD1,not-a-cell\n")          // line 153
	b.WriteString("station:FLEET000,87182a310ffffff\n") // line 154: a duplicate of line 2
	b.WriteString("station:BAD3,87182a310ffffff,router\n")
	fleet := filepath.Join(dir, "fleet.csv")
	if err := os.WriteFile(fleet, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"onboard", "--fleet", fleet, "--rpc", url, "--addresses", addrs, "--key", op.File, "--json"}
	out, err = run(t, args...)
	if datpin.ErrorCode(err) != datpin.EINVALID || !strings.Contains(err.Error(), "3 lines") {
		t.Fatalf("a fleet with bad lines: %v\n%s", err, out)
	}
	var res fleetResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("onboard --json printed %q", out)
	}
	if res.Onboarded != 151 || res.Transactions != 2 || res.Already != 0 || len(res.SetAside) != 3 ||
		res.SetAside[0].Line != 153 || res.SetAside[1].Line != 154 || res.SetAside[2].Line != 155 {
		t.Fatalf("result %+v", res)
	}
	c := agent.NewSuiteChain(s, evm.AnvilAccount(0))
	for _, id := range []string{"FLEET000", "FLEET149", "SENSOR1"} {
		o, active, err := c.DeviceStatus(ctx, agent.DevStationAccount(id).Address)
		if err != nil || o != [20]byte(common.HexToAddress(op.Address)) || !active {
			t.Errorf("%s: operator %x active %v (%v); want %s", id, o, active, err, op.Address)
		}
	}
	// The same file again: everything good is already the operator's.
	out, _ = run(t, args...)
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Onboarded != 0 || res.Already != 151 || res.Transactions != 0 {
		t.Fatalf("second run: %+v (%v)", res, err)
	}
}
