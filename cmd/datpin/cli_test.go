package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// run executes the CLI in-process with args and returns stdout.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func TestCLI_DeployJSON(t *testing.T) {
	out, err := run(t, "deploy", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		ChainID uint64 `json:"chainId"`
		DAT     string `json:"dat"`
		ClassID uint64 `json:"classId"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("deploy --json printed %q: %v", out, err)
	}
	if a.ChainID != 1337 || !strings.HasPrefix(a.DAT, "0x") || a.ClassID != 1 {
		t.Fatalf("addresses %+v", a)
	}
}

func TestCLI_KeysNewImportList(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATPIN_PASSWORD", "correct horse")
	out, err := run(t, "keys", "new", "--dir", dir, "--light", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var k struct{ Address, File string }
	if err := json.Unmarshal([]byte(out), &k); err != nil || !strings.HasPrefix(k.Address, "0x") {
		t.Fatalf("keys new printed %q", out)
	}
	blob, err := os.ReadFile(k.File)
	if err != nil || !bytes.Contains(blob, []byte(`"kdf":"scrypt"`)) {
		t.Fatalf("keystore file %s is not a scrypt keystore: %v", k.File, err)
	}
	keyFile := filepath.Join(t.TempDir(), "key.hex")
	if err := os.WriteFile(keyFile, []byte("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "keys", "import", keyFile, "--dir", dir, "--light"); err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "keys", "list", "--dir", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, k.Address) || !strings.Contains(out, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8") {
		t.Fatalf("keys list %q lacks the new and the imported key", out)
	}
	// The key never appears in what the CLI prints.
	if strings.Contains(strings.ToLower(out), "59c6995e") {
		t.Fatal("keys list printed a private key")
	}
}

func TestCLI_Errors(t *testing.T) {
	t.Setenv("DATPIN_PASSWORD", "")
	for _, tc := range []struct {
		name string
		args []string
		code string
	}{
		{"ErrRPCUnreachable", []string{"deploy", "--rpc", "http://127.0.0.1:1"}, datpin.EUNAVAILABLE},
		{"ErrNoPassword", []string{"keys", "new", "--dir", t.TempDir()}, datpin.EINVALID},
		{"ErrBadLogLevel", []string{"version", "--log-level", "loud"}, datpin.EINVALID},
		{"ErrBadConfig", []string{"version", "--config", "/nonexistent/datpin.json"}, datpin.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := run(t, tc.args...)
			if datpin.ErrorCode(err) != tc.code {
				t.Fatalf("%v: got %v (code %q), want code %q", tc.args, err, datpin.ErrorCode(err), tc.code)
			}
		})
	}
}

// Flags come from the environment and from a JSON config file; the command line wins.
func TestCLI_EnvAndConfig(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "datpin.json")
	if err := os.WriteFile(cfg, []byte(`{"json": true}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "version", "--config", cfg)
	if err != nil || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Fatalf("config json=true: %q %v", out, err)
	}
	t.Setenv("DATPIN_JSON", "false")
	out, err = run(t, "version", "--config", cfg)
	if err != nil || !strings.HasPrefix(out, "datpin ") {
		t.Fatalf("env DATPIN_JSON=false over config: %q %v", out, err)
	}
	out, err = run(t, "version", "--config", cfg, "--json=true")
	if err != nil || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Fatalf("flag over env: %q %v", out, err)
	}
}

// status reads a deployment on a real node.
func TestCLI_StatusOnAnvil(t *testing.T) {
	url, _, _, addrs := anvilSuite(t, evm.DefaultConfig(), t.TempDir())
	out, err := run(t, "status", "--rpc", url, "--addresses", addrs, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st Status
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("status printed %q: %v", out, err)
	}
	if st.ChainID != 31337 || st.Tokens != 0 || st.TotalShare != "0" || st.RewardsFunds != evm.DefaultConfig().RewardsFunding.String() {
		t.Fatalf("status = %+v", st)
	}
	if _, err := run(t, "status"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("status without --rpc: %v, want an invalid-input error", err)
	}
}

// sim writes a station file per station and a ground truth naming each adversary.
func TestCLI_Sim(t *testing.T) {
	dir := t.TempDir()
	if _, err := run(t, "sim", "--out", dir, "--stations", "6", "--devices", "12", "--sensors", "2", "--adversary", "location-spoof=1"); err != nil {
		t.Fatal(err)
	}
	var gt struct {
		Stations []struct {
			ID     string   `json:"id"`
			Labels []string `json:"labels"`
		} `json:"stations"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	spoofers := 0
	for _, s := range gt.Stations {
		if _, err := os.Stat(filepath.Join(dir, "station-"+s.ID+".jsonl")); err != nil {
			t.Errorf("station %s has no JSONL file: %v", s.ID, err)
		}
		for _, l := range s.Labels {
			if l == "location-spoof" {
				spoofers++
			}
		}
	}
	if len(gt.Stations) != 6 || spoofers != 1 {
		t.Fatalf("%d stations, %d labelled location-spoof; want 6 and 1", len(gt.Stations), spoofers)
	}
	if _, err := run(t, "sim", "--out", dir, "--adversary", "no-such-kind=1"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("unknown adversary: %v, want an invalid-input error", err)
	}
}

// On the embedded chain a keystore key is the funded sender.
func TestCLI_DeployEmbeddedWithKeystore(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATPIN_PASSWORD", "pw")
	out, err := run(t, "keys", "new", "--dir", dir, "--light", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var k struct{ File string }
	if err := json.Unmarshal([]byte(out), &k); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "deploy", "--key", k.File, "--json"); err != nil || !strings.Contains(out, `"dat"`) {
		t.Fatalf("deploy with a keystore key on the embedded chain: %q, %v", out, err)
	}
}

// A wrong flag is invalid input that points at the command's help.
func TestCLI_WrongFlag(t *testing.T) {
	_, err := run(t, "deploy", "--bogus")
	if datpin.ErrorCode(err) != datpin.EINVALID || !strings.Contains(err.Error(), "datpin deploy --help") {
		t.Fatalf("deploy --bogus: %v", err)
	}
	if exitCode(err) != 2 {
		t.Fatalf("exit code %d; want 2", exitCode(err))
	}
}

// A decoded contract error is shown by its name and arguments, without the node's raw revert text.
func TestDescribeRevert(t *testing.T) {
	out, err := run(t, "deploy", "--quorum", "0")
	if err == nil {
		t.Fatalf("deploy with quorum 0 succeeded: %s", out)
	}
	got := describe(err)
	if evm.RevertName(err) == "" || !strings.HasPrefix(got, evm.RevertName(err)+"(") || strings.Contains(got, "execution reverted") {
		t.Fatalf("describe = %q", got)
	}
}
