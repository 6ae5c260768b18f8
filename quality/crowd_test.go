package quality_test

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// defaultThreshold is the trust threshold of a default `datpin deploy`: a contribution whose
// agreed score is below it is rejected.
const defaultThreshold = 4000

// readGNetTrack parses a G-NetTrack fixture of testdata/gnettrack as `datpin import gnettrack`
// does (the device is the file name), failing on any row set aside.
func readGNetTrack(t *testing.T, name string) []datpin.Record {
	t.Helper()
	f, err := os.Open("testdata/gnettrack/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []datpin.Record
	_, err = telemetry.ParseGNetTrack(f, name, name, func(r datpin.Record) error {
		recs = append(recs, r)
		return nil
	}, func(e *datpin.RowError) { t.Fatalf("fixture row set aside: %v", e) })
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 20 {
		t.Fatalf("fixture %s: %d records", name, len(recs))
	}
	return recs
}

func TestCrowd_FullDriveSessionPassesTheThreshold(t *testing.T) {
	recs := readGNetTrack(t, "drive_full.csv")
	c := quality.ScoreContribution(recs, quality.Window{})
	if c.Type != quality.CrowdMeasurement || c.Kind != datpin.KindSession {
		t.Fatalf("kind %v/%v, want crowd sessions", c.Type, c.Kind)
	}
	if c.Score < defaultThreshold {
		t.Fatalf("a full honest drive session scores %d, below the default threshold %d: %s", c.Score, defaultThreshold, c.Explanation)
	}
	cs := quality.ScoreCrowd(recs, quality.Window{})
	if int32(c.Score) != cs.Score || cs.Completeness < 9500 || cs.RadioShare != datpin.ScoreMax || cs.Runs != 1 {
		t.Fatalf("crowd score %+v, contribution %d", cs, c.Score)
	}
	// Under the station-day rules the same minute of a day would be a station down 23 hours.
	if b := quality.ScoreBatch(recs, quality.Window{}); b.Score >= defaultThreshold || int32(c.Score) <= b.Score {
		t.Fatalf("station-day rules give %d, crowd %d", b.Score, c.Score)
	}
}

func TestCrowd_HalfTheRowsMissingScoresLower(t *testing.T) {
	full := quality.ScoreCrowd(readGNetTrack(t, "drive_full.csv"), quality.Window{})
	half := quality.ScoreCrowd(readGNetTrack(t, "drive_half.csv"), quality.Window{})
	if half.Completeness >= 8000 || half.Completeness >= full.Completeness {
		t.Fatalf("completeness: half %d, full %d", half.Completeness, full.Completeness)
	}
	if !strings.Contains(half.String(), "completeness: 24 of 33 expected samples in 1 runs") {
		t.Fatalf("explanation:\n%s", half)
	}
	if half.Score >= full.Score || half.Score >= defaultThreshold {
		t.Fatalf("half the rows missing scores %d, full session %d (threshold %d)", half.Score, full.Score, defaultThreshold)
	}
	// The rows that are there are as good: quality alone does not tell them apart.
	if d := full.Batch.Quality - half.Batch.Quality; d > 500 || d < -500 {
		t.Fatalf("quality full %d, half %d", full.Batch.Quality, half.Batch.Quality)
	}
}

func TestCrowd_RanksTheNetworkQuality(t *testing.T) {
	good := readGNetTrack(t, "drive_full.csv")
	prev := quality.ScoreCrowd(good, quality.Window{})
	for _, dB := range []int32{10, 20, 30} {
		worse := slices.Clone(good)
		for i := range worse {
			worse[i].RSRPdBm10 -= dB * 10
			worse[i].SINRdB10 -= dB * 10
		}
		c := quality.ScoreCrowd(worse, quality.Window{})
		if c.Score >= prev.Score || c.Batch.Quality >= prev.Batch.Quality {
			t.Fatalf("%d dB weaker: score %d (quality %d), not below %d (quality %d)", dB, c.Score, c.Batch.Quality, prev.Score, prev.Batch.Quality)
		}
		if c.Score < defaultThreshold*5/4 {
			// An honest and complete measurement of a poor cell is good data about a poor cell.
			t.Fatalf("%d dB weaker: a complete session scores %d", dB, c.Score)
		}
		prev = c
	}
}

func TestCrowd_RadioFieldsMissingScoreLower(t *testing.T) {
	recs := readGNetTrack(t, "drive_full.csv")
	full := quality.ScoreCrowd(recs, quality.Window{})
	stripped := slices.Clone(recs)
	for i := range stripped {
		if i%3 == 0 { // a third of the rows keep only their throughput
			r := &stripped[i]
			r.RSRPdBm10, r.RSRQdB10, r.SINRdB10, r.RSSIdBm10, r.CQI = datpin.Missing, datpin.Missing, datpin.Missing, datpin.Missing, datpin.Missing
		}
	}
	c := quality.ScoreCrowd(stripped, quality.Window{})
	if c.RadioShare > 7000 || c.Score >= full.Score {
		t.Fatalf("radio share %d, score %d; full session %d", c.RadioShare, c.Score, full.Score)
	}
}

func TestCrowd_OrderIndependent(t *testing.T) {
	recs := append(readGNetTrack(t, "drive_full.csv"), readGNetTrack(t, "drive_half.csv")...)
	for i := range recs[48:] {
		recs[48+i].DeviceID = "second handset"
	}
	want := quality.ScoreCrowd(recs, quality.Window{})
	if want.Runs != 2 || want.Batch.Devices != 2 {
		t.Fatalf("fixture: %+v", want)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var s quality.Scorer
	for i := 0; i < 20; i++ {
		p := slices.Clone(recs)
		rng.Shuffle(len(p), func(a, b int) { p[a], p[b] = p[b], p[a] })
		if got := s.ScoreCrowd(p, quality.Window{}); got != want {
			t.Fatalf("permutation %d: %+v, want %+v", i, got, want)
		}
	}
}

func TestKindOf_FromTheRecords(t *testing.T) {
	sessions := readGNetTrack(t, "drive_full.csv")
	hb := datpin.NewRecord(datpin.KindHeartbeat)
	hb.StationID, hb.Time, hb.Sessions, hb.Devices = "A1B2", sessions[0].Time, 40, 3
	sensor := datpin.NewRecord(datpin.KindSensor)
	sensor.DeviceID, sensor.Time, sensor.Quantity, sensor.ValueE3 = "s1", sessions[0].Time, datpin.QuantityTemperatureC, 12_000
	for _, c := range []struct {
		name string
		recs []datpin.Record
		typ  quality.ContributionKind
		kind datpin.RecordKind
	}{
		{"sessions alone", sessions, quality.CrowdMeasurement, datpin.KindSession},
		{"sessions and a heartbeat", append(slices.Clone(sessions), hb), quality.StationDay, datpin.KindSession},
		{"heartbeats alone", []datpin.Record{hb}, quality.StationDay, datpin.KindHeartbeat},
		{"sensor readings", []datpin.Record{sensor, sensor}, quality.SensorSeries, datpin.KindSensor},
		{"nothing", nil, quality.CrowdMeasurement, datpin.KindSession},
	} {
		typ, kind := quality.KindOf(c.recs)
		if typ != c.typ || kind != c.kind {
			t.Errorf("%s: %v/%v, want %v/%v", c.name, typ, kind, c.typ, c.kind)
		}
	}
	// A station's day keeps the station-day rules: quality × coverage.
	day := append(slices.Clone(sessions), hb)
	c := quality.ScoreContribution(day, quality.Window{})
	if b := quality.ScoreBatch(day, quality.Window{}); c.Type != quality.StationDay || int32(c.Score) != b.Score {
		t.Fatalf("station day scored %d (%v), ScoreBatch %d", c.Score, c.Type, b.Score)
	}
}
