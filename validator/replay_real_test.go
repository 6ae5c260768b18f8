package validator

import (
	"cmp"
	"context"
	"crypto/sha256"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// realEnv names the directory of real G-NetTrack Pro CSV exports the real-data tests read. They
// skip when it is not set: a clone of the repository does not carry those traces.
const realEnv = "DATPIN_REAL_GNETTRACK"

// realBatch is one station's epoch of real sessions, anonymized as the edge would.
type realBatch struct {
	station string
	epoch   uint32
	recs    []datpin.PublicRecord
}

// loadReal imports every CSV under dir (the device is the file name, the station the NODEHEX)
// and cuts the records into station-days, anonymized with one secret per station.
func loadReal(t testing.TB) []realBatch {
	t.Helper()
	dir := os.Getenv(realEnv)
	if dir == "" {
		t.Skip(realEnv + " is not set: no real G-NetTrack traces to read")
	}
	type key struct {
		station string
		epoch   uint32
	}
	raw := map[key][]datpin.Record{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".csv") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = telemetry.ParseGNetTrack(f, path, filepath.Base(path), func(r datpin.Record) error {
			e, err := privacy.EpochOf(r.Time, 86400)
			if err != nil {
				return err
			}
			k := key{r.StationID, e}
			raw[k] = append(raw[k], r)
			return nil
		}, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]key, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.epoch != b.epoch {
			return cmp.Compare(a.epoch, b.epoch)
		}
		return strings.Compare(a.station, b.station)
	})
	out := make([]realBatch, 0, len(keys))
	for _, k := range keys {
		secret := sha256.Sum256([]byte("secret/" + k.station))
		anon, err := privacy.NewAnonymizer(privacy.Config{Secret: secret[:]})
		if err != nil {
			t.Fatal(err)
		}
		rs := raw[k]
		slices.SortStableFunc(rs, func(a, b datpin.Record) int { return cmp.Compare(a.Time, b.Time) })
		pub, err := anon.Anonymize(k.epoch, rs)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, realBatch{station: k.station, epoch: k.epoch, recs: pub})
	}
	return out
}

// subjectsOf makes subjects of batches, token ids from first, anchored in that order.
func subjectsOf(bs []realBatch, first uint64) []*subject {
	subs := make([]*subject, len(bs))
	for i, b := range bs {
		sc := quality.ScoreContribution(datpin.ScoringRecords(b.recs), quality.Epoch(b.epoch))
		var dev [20]byte
		copy(dev[:], b.station)
		id := first + uint64(i)
		subs[i] = &subject{ev: &Evaluation{TokenID: id, EdgeScore: sc.Score, Score: sc.Score, Trust: datpin.ScoreMax},
			id: id, device: dev, epoch: b.epoch, anchoredAt: 1000 + id, recs: b.recs, kind: sc.Kind}
	}
	return subs
}

// judgeDaily judges subs a round per epoch, as stations anchor daily, against one history.
func judgeDaily(t testing.TB, subs []*subject) {
	t.Helper()
	h := NewMemHistory()
	for lo := 0; lo < len(subs); {
		hi := lo
		for hi < len(subs) && subs[hi].epoch == subs[lo].epoch {
			hi++
		}
		if err := (&Validator{}).crossCheck(context.Background(), subs[lo:hi], h); err != nil {
			t.Fatal(err)
		}
		lo = hi
	}
}

// TestReal_HonestNotFlagged judges the real station-days and reports what each check flags. Every
// station-day is honest: none may be flagged.
func TestReal_HonestNotFlagged(t *testing.T) {
	bs := loadReal(t)
	subs := subjectsOf(bs, 1)
	judgeDaily(t, subs)
	reasons := map[string]int{}
	records, flaggedRecords := 0, 0
	for i, s := range subs {
		records += len(s.recs)
		if s.ev.Reason != "" {
			reasons[s.ev.Reason]++
			flaggedRecords += len(s.recs)
			t.Errorf("honest station %s epoch %d (%d records): %s", bs[i].station, bs[i].epoch, len(s.recs), s.ev.Reason)
		}
	}
	t.Logf("%d station-days, %d records; flagged by reason %v (%d records)", len(subs), records, reasons, flaggedRecords)
}

// replayKinds are the replays TestReal_ReplayRecall builds from a real station-day.
var replayKinds = []string{"whole", "partial", "warped", "cross-station"}

// makeReplay builds a replay of src, anchored after every honest batch: whole (every session a
// few days later), partial (a contiguous 20–40 % of the rows inserted into another station-day),
// time-warped (stretched by 5–15 %) or cross-station (another station's id and cell). Every
// replay is perturbed lightly: RSRP and SINR by up to ±0.5 dB, rates by up to ±2 %.
func makeReplay(rng *rand.Rand, kind string, src, host realBatch) realBatch {
	rows := slices.Clone(src.recs)
	switch kind {
	case "partial":
		n := len(rows) * (20 + rng.IntN(21)) / 100
		lo := rng.IntN(len(rows) - n + 1)
		rows = rows[lo : lo+n]
	}
	shift := int64(2+rng.IntN(5)) * 86_400_000
	warp := 1.0
	if kind == "warped" {
		warp = 1.05 + 0.1*rng.Float64()
	}
	t0 := rows[0].Time
	for i := range rows {
		r := &rows[i]
		r.Time = t0 + int64(float64(r.Time-t0)*warp) + shift
		if r.RSRPdBm10 != datpin.Missing {
			r.RSRPdBm10 = min(max(r.RSRPdBm10+int32(rng.IntN(11))-5, -1560), -310)
		}
		if r.SINRdB10 != datpin.Missing {
			r.SINRdB10 = min(max(r.SINRdB10+int32(rng.IntN(11))-5, -300), 500)
		}
		for _, v := range []*int32{&r.DownKbps, &r.UpKbps} {
			if *v != datpin.Missing {
				*v = int32(math.Round(float64(*v) * (0.98 + 0.04*rng.Float64())))
			}
		}
		if kind == "cross-station" {
			r.StationID, r.CellID = host.station, host.station+"-9"
		}
	}
	out := realBatch{station: src.station + "-replay", recs: rows}
	if kind == "partial" {
		// Inserted into the host's day, at the same time of day as the source rows.
		out.station = host.station + "-replay"
		day := int64(host.epoch) * 86_400_000
		for i := range rows {
			rows[i].Time = day + floorMod(rows[i].Time, 86_400_000)
		}
		out.recs = append(slices.Clone(host.recs), rows...)
		slices.SortStableFunc(out.recs, func(a, b datpin.PublicRecord) int { return cmp.Compare(a.Time, b.Time) })
	}
	e, _ := privacy.EpochOf(out.recs[0].Time, 86400)
	out.epoch = e
	// Keep the batch inside one epoch, as the edge would.
	out.recs = slices.DeleteFunc(out.recs, func(r datpin.PublicRecord) bool {
		x, _ := privacy.EpochOf(r.Time, 86400)
		return x != e
	})
	return out
}

// NewMemHistoryOf copies h, so that rounds judged against it do not see each other.
func NewMemHistoryOf(h *MemHistory) *MemHistory {
	c := NewMemHistory()
	for id, s := range h.seen {
		c.seen[id] = s
	}
	c.newest = h.newest
	return c
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// TestReal_ReplayRecall builds replays of every kind from the real station-days that carry at
// least 2·MinReplayRun informative samples, and judges them with the honest set, a round per
// epoch as stations anchor daily, honest batches anchored before the replays of their day.
func TestReal_ReplayRecall(t *testing.T) {
	bs := loadReal(t)
	rng := rand.New(rand.NewPCG(7, 7))
	var srcs []realBatch
	for _, b := range bs {
		if len(SequenceOf(b.recs).Samples) >= 2*MinReplayRun {
			srcs = append(srcs, b)
		}
	}
	var advs []realBatch
	var kinds []string
	for _, kind := range replayKinds {
		for _, src := range srcs {
			// The host is a later station-day within a week, of another station where there is one.
			var hosts []realBatch
			for _, b := range srcs {
				if b.epoch > src.epoch && b.epoch <= src.epoch+7 && b.station != src.station {
					hosts = append(hosts, b)
				}
			}
			if len(hosts) == 0 {
				continue
			}
			host := hosts[rng.IntN(len(hosts))]
			r := makeReplay(rng, kind, src, host)
			// A replay must carry a copied sequence long enough to be told from chance.
			if copied := len(SequenceOf(r.recs).Samples) - len(SequenceOf(host.recs).Samples); kind == "partial" && copied < 2*MinReplayRun {
				continue
			}
			advs = append(advs, r)
			kinds = append(kinds, kind)
		}
	}
	type entry struct {
		b    realBatch
		kind string // "" for honest
	}
	var all []entry
	for _, b := range bs {
		all = append(all, entry{b, ""})
	}
	for i, b := range advs {
		all = append(all, entry{b, kinds[i]})
	}
	slices.SortStableFunc(all, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.b.epoch, b.b.epoch), cmp.Compare(min(len(a.kind), 1), min(len(b.kind), 1)))
	})
	batches := make([]realBatch, len(all))
	for i := range all {
		batches[i] = all[i].b
	}
	subs := subjectsOf(batches, 1)
	judgeDaily(t, subs)
	caught := map[string]int{}
	total := map[string]int{}
	for i, s := range subs {
		k := all[i].kind
		if k == "" {
			if s.ev.Reason != "" {
				t.Errorf("honest %s epoch %d flagged %s", all[i].b.station, all[i].b.epoch, s.ev.Reason)
			}
			continue
		}
		total[k]++
		if s.ev.Reason == ReasonReplay || s.ev.Reason == ReasonSybil {
			caught[k]++
		} else {
			t.Logf("missed %s replay %s epoch %d: %q", k, all[i].b.station, all[i].b.epoch, s.ev.Reason)
		}
	}
	for _, k := range replayKinds {
		recall := float64(caught[k]) / float64(total[k])
		t.Logf("%s replays: %d of %d caught (recall %.3f)", k, caught[k], total[k], recall)
		if recall < 0.95 {
			t.Errorf("%s replays: recall %.3f below 0.95", k, recall)
		}
	}
}
