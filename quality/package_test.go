package quality_test

import (
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// publicBatch turns records into the public records of a package: each device id becomes a
// pseudonym, positions are dropped.
func publicBatch(recs []datpin.Record) []datpin.PublicRecord {
	pseudo := map[string][16]byte{}
	out := make([]datpin.PublicRecord, len(recs))
	for i := range recs {
		r := &recs[i]
		p, ok := pseudo[r.DeviceID]
		if !ok {
			p[0], p[15] = byte(len(pseudo)+1), 0xa5
			pseudo[r.DeviceID] = p
		}
		out[i] = datpin.PublicRecord{
			Kind: r.Kind, Time: r.Time, Pseudonym: p, StationID: r.StationID, CellID: r.CellID, H3Cell: 0x872a1072bffffff,
			SpeedKmh: r.SpeedKmh, Mode: r.Mode, RSRPdBm10: r.RSRPdBm10, RSRQdB10: r.RSRQdB10, SINRdB10: r.SINRdB10,
			RSSIdBm10: r.RSSIdBm10, CQI: r.CQI, NRRSRPdBm10: r.NRRSRPdBm10, NRRSRQdB10: r.NRRSRQdB10,
			DownKbps: r.DownKbps, UpKbps: r.UpKbps, LatencyMs10: r.LatencyMs10, JitterMs10: r.JitterMs10,
			LossPermille: r.LossPermille, Active: r.Active, Sessions: r.Sessions, Devices: r.Devices,
			Quantity: r.Quantity, ValueE3: r.ValueE3,
		}
	}
	return out
}

// TestScorePackage_IsTheContributionScoreOfThePublicRecords: ScorePackage is ScoreContribution
// over the scoring records in the epoch's window, for every kind and epoch length, and a reused
// Scorer carries nothing from one package to the next.
func TestScorePackage_IsTheContributionScoreOfThePublicRecords(t *testing.T) {
	sessions := synthBatch(1200, 3, 5)
	hb := datpin.NewRecord(datpin.KindHeartbeat)
	hb.StationID, hb.DeviceID, hb.Time, hb.Sessions = "A4DF", "station", day0+3_600_000, 12
	stationDay := append(synthBatch(1200, 3, 6), hb)
	epoch := uint32(day0 / quality.DayMs)
	hour := uint32(sessions[0].Time / 3_600_000) // the hour of the first device's run
	cases := []struct {
		name   string
		pub    []datpin.PublicRecord
		epoch  uint32
		length int64
		typ    quality.ContributionKind
	}{
		{"crowd", publicBatch(sessions), epoch, quality.DayMs / 1000, quality.CrowdMeasurement},
		{"station day", publicBatch(stationDay), epoch, quality.DayMs / 1000, quality.StationDay},
		{"sensors", publicBatch(weatherDay(t)), epoch, quality.DayMs / 1000, quality.SensorSeries},
		{"crowd, hour epochs", publicBatch(sessions), hour, 3600, quality.CrowdMeasurement},
	}
	var s quality.Scorer
	first := make([]quality.Contribution, len(cases))
	for round := range 2 {
		for i, c := range cases {
			want := quality.ScoreContribution(datpin.ScoringRecords(c.pub), quality.EpochWindow(c.epoch, c.length))
			got := quality.ScorePackage(c.pub, c.epoch, c.length)
			if got != want || got.Type != c.typ || got.Score == 0 {
				t.Fatalf("%s: ScorePackage %+v, want %+v (type %v, score above 0)", c.name, got, want, c.typ)
			}
			reused := s.ScorePackage(c.pub, c.epoch, c.length)
			if reused != want {
				t.Fatalf("%s, round %d: reused Scorer %+v, want %+v", c.name, round, reused, want)
			}
			if round == 1 && reused != first[i] {
				t.Fatalf("%s: second round %+v, first %+v", c.name, reused, first[i])
			}
			first[i] = reused
		}
	}
	// The epoch length decides the window: the same records scored over one hour are not the
	// same contribution as over the day.
	if day, h := quality.ScorePackage(cases[0].pub, epoch, quality.DayMs/1000), first[3]; day == h {
		t.Fatalf("an hour's epoch scored like the day's: %+v", h)
	}
}
