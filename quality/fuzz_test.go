package quality_test

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// decoder turns fuzz bytes into records: arbitrary values, often Missing,
// few devices and times within two days so that duplicates and windows are
// exercised.
type decoder struct{ b []byte }

func (d *decoder) u8() uint8 {
	if len(d.b) == 0 {
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) i32() int32 {
	if len(d.b) < 4 {
		d.b = nil
		return datpin.Missing
	}
	v := int32(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return v
}

// val returns Missing, a value near the physical ranges, or anything.
func (d *decoder) val(lo, hi int32) int32 {
	switch d.u8() % 4 {
	case 0:
		return datpin.Missing
	case 1, 2:
		span := int64(hi) - int64(lo) + 1
		return int32(int64(lo) + int64(uint32(d.i32()))%span)
	}
	return d.i32()
}

func (d *decoder) record() datpin.Record {
	r := datpin.NewRecord(datpin.RecordKind(1 + d.u8()%3))
	r.DeviceID = []string{"a", "b", "c", ""}[d.u8()%4]
	r.StationID = []string{"s1", "s2", ""}[d.u8()%3]
	r.Time = day0 + int64(uint32(d.i32()))%(2*quality.DayMs) - quality.DayMs/4
	if d.u8()%2 == 0 {
		r.Time -= r.Time % 1000 // whole seconds collide more
	}
	r.Mode = datpin.NetworkMode(d.u8() % 6)
	r.RSRPdBm10 = d.val(-1600, -300)
	r.RSRQdB10 = d.val(-450, 210)
	r.SINRdB10 = d.val(-310, 510)
	r.RSSIdBm10 = d.val(-1310, 10)
	r.NRRSRPdBm10 = d.val(-1600, -300)
	r.NRRSRQdB10 = d.val(-450, 210)
	r.DownKbps = d.val(0, 300_000)
	r.UpKbps = d.val(0, 30_000)
	r.LatencyMs10 = d.val(0, 20_000)
	r.JitterMs10 = d.val(0, 5_000)
	r.LossPermille = d.val(0, 1001)
	r.Active = d.u8()%2 == 0
	r.Sessions = d.val(-1, 100)
	r.Devices = d.val(-1, 50)
	r.Quantity = datpin.Quantity(d.u8() % 8)
	r.ValueE3 = int64(d.val(-100_000, 1_200_000))
	return r
}

func (d *decoder) records() []datpin.Record {
	var recs []datpin.Record
	for len(d.b) > 0 && len(recs) < 500 {
		recs = append(recs, d.record())
	}
	return recs
}

func inRange(t *testing.T, what string, v int32) {
	t.Helper()
	if v < 0 || v > datpin.ScoreMax {
		t.Fatalf("%s %d outside 0..10000", what, v)
	}
}

func FuzzScoreSession(f *testing.F) {
	f.Add([]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
	f.Add([]byte{1, 0, 0, 9, 0, 0, 0, 0, 4, 1, 0x38, 0xfc, 0xff, 0xff, 1, 0x9c, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := decoder{data}
		r := d.record()
		r.Kind = datpin.KindSession
		a, b := quality.ScoreSession(&r), quality.ScoreSession(&r)
		if a != b {
			t.Fatalf("not deterministic: %v / %v", a, b)
		}
		inRange(t, "score", a.Score)
		inRange(t, "radio", a.Radio.Score)
		inRange(t, "speed", a.Speed.Multiplier)
		inRange(t, "voice", a.Voice.Score)
		if a.Verdict == quality.VerdictScored && a.Weight == 0 {
			t.Fatalf("scored without components: %v", a)
		}
		_ = a.String()
	})
}

// permutations returns recs reversed, rotated and shuffled by seed.
func permutations(recs []datpin.Record, seed uint64) [][]datpin.Record {
	rev := slices.Clone(recs)
	slices.Reverse(rev)
	rot := slices.Clone(recs)
	if len(rot) > 1 {
		k := int(seed % uint64(len(rot)))
		rot = append(rot[k:], rot[:k]...)
	}
	shuf := slices.Clone(recs)
	rand.New(rand.NewPCG(seed, seed)).Shuffle(len(shuf), func(i, j int) { shuf[i], shuf[j] = shuf[j], shuf[i] })
	return [][]datpin.Record{rev, rot, shuf}
}

func FuzzScoreBatch(f *testing.F) {
	f.Add(make([]byte, 200), uint64(1))
	f.Add([]byte("batch of sessions with duplicates and windows, and some noise"), uint64(7))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		d := decoder{data}
		recs := d.records()
		for i := range recs {
			if seed%3 != 0 {
				recs[i].Kind = datpin.KindSession
			}
		}
		var s quality.Scorer
		w := quality.Window{}
		if seed%2 == 1 {
			w = quality.DayOf(day0)
		}
		want := s.ScoreBatch(recs, w)
		inRange(t, "score", want.Score)
		inRange(t, "quality", want.Quality)
		inRange(t, "coverage", want.Coverage)
		if want.Kept+want.Dropped.Total()+want.Empty != int32(countKind(recs, datpin.KindSession))+want.Dropped.WrongKind {
			t.Fatalf("records unaccounted for: %v", want)
		}
		if again := s.ScoreBatch(recs, w); again != want {
			t.Fatalf("not deterministic")
		}
		for i, p := range permutations(recs, seed) {
			if got := s.ScoreBatch(p, w); got != want {
				t.Fatalf("permutation %d changes the batch:\n got %v\nwant %v", i, got, want)
			}
		}
	})
}

func countKind(recs []datpin.Record, k datpin.RecordKind) int {
	n := 0
	for i := range recs {
		if recs[i].Kind == k {
			n++
		}
	}
	return n
}

func FuzzScoreUptime(f *testing.F) {
	f.Add(make([]byte, 300), uint64(2))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		d := decoder{data}
		recs := d.records()
		for i := range recs {
			recs[i].Kind = datpin.KindHeartbeat
		}
		var s quality.Scorer
		want := s.ScoreUptime(recs, quality.Window{})
		inRange(t, "score", want.Score)
		inRange(t, "base", want.Base)
		for i, p := range permutations(recs, seed) {
			if got := s.ScoreUptime(p, quality.Window{}); got != want {
				t.Fatalf("permutation %d changes uptime:\n got %v\nwant %v", i, got, want)
			}
		}
	})
}

func FuzzScoreSensors(f *testing.F) {
	f.Add(make([]byte, 300), uint64(3), int64(0))
	f.Add([]byte("sensor readings, stuck and spiky"), uint64(4), int64(3_600_000))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, cadence int64) {
		d := decoder{data}
		recs := d.records()
		for i := range recs {
			recs[i].Kind = datpin.KindSensor
			recs[i].ValueE3 %= 30_000 // repeat values so stuck runs happen
		}
		var s quality.Scorer
		want := s.ScoreSensors(recs, quality.Window{}, cadence)
		inRange(t, "score", want.Score)
		series := slices.Clone(want.Series)
		for _, ss := range series {
			inRange(t, "series", ss.Score)
			if ss.Valid < 0 || ss.Valid+ss.Stuck+ss.Spikes+ss.OutOfRange+ss.Duplicates != ss.Received {
				t.Fatalf("series counts do not add up: %v", ss)
			}
		}
		for i, p := range permutations(recs, seed) {
			got := s.ScoreSensors(p, quality.Window{}, cadence)
			if got.Score != want.Score || !slices.Equal(got.Series, series) {
				t.Fatalf("permutation %d changes the sensor score:\n got %v\nwant %v", i, got, want)
			}
		}
	})
}
