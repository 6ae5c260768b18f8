package agent_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin/agent"
)

// importSummary is the part of `datpin import --json` the tests read.
type importSummary struct {
	Records        int    `json:"records"`
	Duplicates     int    `json:"duplicates"`
	Quarantined    int    `json:"quarantined"`
	QuarantineFile string `json:"quarantineFile"`
	StateTemporary bool   `json:"stateTemporary"`
	Contributions  int    `json:"contributions"`
	Failed         int    `json:"failed"`
	Transactions   int    `json:"transactions"`
	Stations       []struct {
		Station     string `json:"station"`
		Device      string `json:"device"`
		Records     int    `json:"records"`
		Score       uint16 `json:"score"`
		Explanation string `json:"explanation"`
		State       string `json:"state"`
		Token       uint64 `json:"token"`
		CID         string `json:"cid"`
	} `json:"stations"`
}

func runDatpin(t *testing.T, env []string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(datpinBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("datpin %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// `datpin import gnettrack --json` on a fresh embedded chain: the summary
// counts records, contributions and quarantined rows (written to the
// quarantine file with file, line and reason) and scores each station.
func TestCLI_ImportEmbedded_JSONSummary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the datpin binary")
	}
	state := t.TempDir()
	out := runDatpin(t, nil, "import", "gnettrack", "--json", "--state", state, "testdata/gnettrack")
	var s importSummary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	if s.Records != 48 || s.Contributions != 2 || s.Quarantined != 2 || s.Failed != 0 || s.Transactions != 1 || len(s.Stations) != 2 {
		t.Fatalf("summary %+v", s)
	}
	for _, st := range s.Stations {
		if st.State != "anchored" || st.Score == 0 || st.Token == 0 || !strings.HasPrefix(st.CID, "bafkrei") ||
			!strings.Contains(st.Explanation, "crowd") || st.Device != strings.ToLower(agent.DevStationAccount(st.Station).Address.Hex()) {
			t.Fatalf("station %+v", st)
		}
	}
	f, err := os.Open(s.QuarantineFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); n++ {
		var q struct {
			File   string `json:"file"`
			Line   int    `json:"line"`
			Reason string `json:"reason"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil || q.Line == 0 || q.Reason == "" || !strings.HasSuffix(q.File, ".csv") {
			t.Fatalf("quarantine line %q: %v", sc.Text(), err)
		}
	}
	if n != 2 {
		t.Fatalf("%d quarantined rows in the file, want 2", n)
	}
	for _, name := range []string{"outbox.db", "operator.agekey", "blocks"} {
		if _, err := os.Stat(filepath.Join(state, name)); err != nil {
			t.Fatalf("state directory lacks %s", name)
		}
	}
}

// An import without a state directory keeps its quarantine file in the user's state directory
// ($XDG_STATE_HOME/datpin/quarantine), never in the working directory, and names it in the summary.
func TestCLI_ImportWithoutState_QuarantineInUserState(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the datpin binary")
	}
	data, err := filepath.Abs("testdata/gnettrack")
	if err != nil {
		t.Fatal(err)
	}
	cwd, xdg := t.TempDir(), t.TempDir()
	cmd := exec.Command(datpinBinary(t), "import", "gnettrack", "--json", data)
	cmd.Dir = cwd
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+xdg, "DATPIN_STATE=")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr.String())
	}
	var s importSummary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	if !s.StateTemporary || s.Quarantined != 2 {
		t.Fatalf("summary %+v", s)
	}
	if filepath.Dir(s.QuarantineFile) != filepath.Join(xdg, "datpin", "quarantine") {
		t.Fatalf("quarantine file %s, want it under %s", s.QuarantineFile, xdg)
	}
	if b, err := os.ReadFile(s.QuarantineFile); err != nil || strings.Count(string(b), "\n") != 2 {
		t.Fatalf("quarantine file: %v %q", err, b)
	}
	if ents, _ := os.ReadDir(cwd); len(ents) != 0 {
		t.Fatalf("the import wrote %s into the working directory", ents[0].Name())
	}
}

// An import without --onboard stops before anchoring when stations are not
// registered, keeping their records; `datpin onboard` registers them on
// anvil; the next import then anchors them.
func TestCLI_OnboardThenImport_Anvil(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and builds the datpin binary")
	}
	n := newAnvilNet(t)
	env := []string{"DATPIN_PASSWORD=pw"}
	chainArgs := []string{"--rpc", n.url, "--key", n.keyFile, "--addresses", n.addresses}
	state := t.TempDir()
	cmd := exec.Command(datpinBinary(t), append([]string{"import", "gnettrack", "--json", "--dev-keys", "--state", state, "testdata/gnettrack"}, chainArgs...)...)
	cmd.Env = append(os.Environ(), env...)
	msg, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(msg), "not registered") || !strings.Contains(string(msg), "A1B2") {
		t.Fatalf("import of unregistered stations: %v\n%s", err, msg)
	}
	for _, st := range []string{"A1B2", "76C6C"} {
		out := runDatpin(t, env, append([]string{"onboard", "--json", "--station", st, "--lat", "51.8812", "--lon", "-8.4012"}, chainArgs...)...)
		var o struct {
			Device, Operator  string
			AlreadyRegistered bool
			Active            bool
		}
		if err := json.Unmarshal(out, &o); err != nil {
			t.Fatalf("onboard output: %v\n%s", err, out)
		}
		if o.Device != agent.DevStationAccount(st).Address.Hex() || o.Operator != n.operator.Address.Hex() || !o.Active || o.AlreadyRegistered {
			t.Fatalf("onboard %s: %+v", st, o)
		}
	}
	// Onboarding again reports the registration.
	out := runDatpin(t, env, append([]string{"onboard", "--json", "--station", "A1B2", "--cell", "87182a310ffffff"}, chainArgs...)...)
	if !strings.Contains(string(out), `"alreadyRegistered": true`) {
		t.Fatalf("second onboard: %s", out)
	}

	// The same state: the records of the first run are anchored now.
	out = runDatpin(t, env, append([]string{"import", "gnettrack", "--json", "--dev-keys", "--state", state, "testdata/gnettrack"}, chainArgs...)...)
	var s importSummary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	if s.Contributions != 2 || s.Records != 0 || s.Duplicates != 48 {
		t.Fatalf("summary %+v", s)
	}
	if c, _ := n.suite.TokenCount(context.Background()); c != 2 {
		t.Fatalf("%d tokens", c)
	}
	// The same files again: nothing new.
	out = runDatpin(t, env, append([]string{"import", "gnettrack", "--json", "--dev-keys", "--state", state, "testdata/gnettrack"}, chainArgs...)...)
	s = importSummary{}
	if err := json.Unmarshal(out, &s); err != nil || s.Records != 0 || s.Duplicates != 48 || s.Contributions != 0 {
		t.Fatalf("re-import: %+v %v", s, err)
	}
}
