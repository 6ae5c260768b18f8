package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/datpin/datpin/quality"
)

// The fixtures are two self-made G-NetTrack sessions of one handset on station A1B2: a full one
// and the same with half of its rows missing.
const fixtures = "../../testdata/gnettrack"

func TestLoadContributions_GroupsAsTheImport(t *testing.T) {
	days, err := loadContributions(fixtures, byStationDay)
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 1 || !strings.HasPrefix(days[0].key, "A1B2 ") || days[0].crowd.Batch.Devices != 2 {
		t.Fatalf("station-days: %+v", days)
	}
	if days[0].score.Type != quality.CrowdMeasurement || int32(days[0].score.Score) != days[0].crowd.Score {
		t.Fatalf("station-day scored %+v, crowd %d", days[0].score, days[0].crowd.Score)
	}
	files, err := loadContributions(fixtures, byFileDay)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].crowd.Batch.Devices != 1 || files[0].score.Score <= files[1].score.Score {
		t.Fatalf("sessions (full, then half): %+v", files)
	}
	if files[0].score.Score < 4000 || files[0].old >= 4000 {
		t.Fatalf("full session: %d now, %d under quality × coverage", files[0].score.Score, files[0].old)
	}
	var out bytes.Buffer
	printContributions(&out, "fixtures", files, 4000, 3_600_000)
	if !strings.Contains(out.String(), "| all | by kind (now) | 2 | 1 (50.0 %) |") {
		t.Fatalf("distribution:\n%s", out.String())
	}
}

// TestRealTraces_HonestContributionsPass reads the G-NetTrack traces in the directory named by
// DATPIN_REAL_GNETTRACK (e.g. the MMSys 2020 5G dataset): with the default threshold of 4000,
// at least 99 % of the station-days and sessions with at least an hour of measurement, and of
// those with at least 2 kept samples, must pass.
func TestRealTraces_HonestContributionsPass(t *testing.T) {
	dir := os.Getenv("DATPIN_REAL_GNETTRACK")
	if dir == "" {
		t.Skip("DATPIN_REAL_GNETTRACK is not set: no directory of real G-NetTrack traces to score")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real traces not available: %v", err)
	}
	for _, g := range []grouping{byStationDay, byFileDay} {
		cs, err := loadContributions(dir, g)
		if err != nil {
			t.Fatal(err)
		}
		for _, subset := range []struct {
			name string
			keep func(*contribution) bool
		}{
			{"an hour measured", func(c *contribution) bool { return c.crowd.MeasuredMs >= 3_600_000 }},
			{"2 samples", func(c *contribution) bool { return c.crowd.Batch.Kept >= quality.MinSamples }},
		} {
			var n, pass int
			for i := range cs {
				if subset.keep(&cs[i]) {
					n++
					if cs[i].score.Score >= 4000 {
						pass++
					}
				}
			}
			t.Logf("grouping %d, %s or more: %d of %d pass", g, subset.name, pass, n)
			if n == 0 || pass*100 < n*99 {
				t.Errorf("grouping %d, %s or more: %d of %d pass, want 99 %%", g, subset.name, pass, n)
			}
		}
	}
}
