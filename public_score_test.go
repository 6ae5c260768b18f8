package datpin

import (
	"encoding/hex"
	"testing"
)

func TestAppendScoringRecords(t *testing.T) {
	var ps []PublicRecord
	// Runs of three pseudonyms, the first coming back after the others.
	for i, p := range []byte{1, 1, 2, 2, 2, 3, 1, 3} {
		var pr PublicRecord
		pr.Kind, pr.Time, pr.StationID, pr.H3Cell = KindSession, int64(1000*i), "53B22", 0x8a2a1072b59ffff
		pr.Pseudonym[0], pr.Pseudonym[15] = p, p
		pr.RSRPdBm10, pr.DownKbps, pr.ValueE3 = int32(-900-i), int32(i), int64(i)
		ps = append(ps, pr)
	}
	want := make([]Record, len(ps))
	for i := range ps {
		want[i] = ps[i].ScoringRecord()
	}
	prefix := Record{DeviceID: "kept"}
	got := AppendScoringRecords([]Record{prefix}, ps)
	if len(got) != len(ps)+1 || got[0] != prefix {
		t.Fatalf("dst prefix lost: %d records, first %+v", len(got), got[0])
	}
	for i := range ps {
		if got[i+1] != want[i] {
			t.Fatalf("record %d: %+v, want %+v", i, got[i+1], want[i])
		}
		if got[i+1].DeviceID != hex.EncodeToString(ps[i].Pseudonym[:]) || got[i+1].LatE7 != Missing {
			t.Fatalf("record %d: device %q lat %d", i, got[i+1].DeviceID, got[i+1].LatE7)
		}
	}
	// ScoringRecords is the same conversion.
	all := ScoringRecords(ps)
	for i := range all {
		if all[i] != want[i] {
			t.Fatalf("ScoringRecords %d: %+v, want %+v", i, all[i], want[i])
		}
	}
	// A reused buffer with room converts a run of one pseudonym with one allocation: its id.
	buf := make([]Record, 0, len(ps))
	if n := testing.AllocsPerRun(10, func() { buf = AppendScoringRecords(buf[:0], ps[:2]) }); n > 1 {
		t.Errorf("%v allocations converting one pseudonym into a reused buffer", n)
	}
	if len(buf) != 2 || buf[1] != want[1] {
		t.Errorf("reused buffer: %+v", buf)
	}
}
