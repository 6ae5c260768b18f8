package main

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// contribution is one batch as `datpin import gnettrack` anchors it, scored under the current
// rules (ScoreContribution) and under the station-day rules alone (quality × coverage, which
// the rules before datpin-quality/3 applied to every batch of sessions).
type contribution struct {
	key      string // station (or device) and day
	category string // the folder most of its rows come from, e.g. Download/Driving
	records  int
	score    quality.Contribution
	crowd    quality.CrowdScore
	old      int32 // quality × coverage
}

// grouping says how records are cut into contributions.
type grouping int

const (
	byStationDay grouping = iota // a station per NODEHEX and UTC day: what the import anchors
	byFileDay                    // a handset per file and UTC day: each session on its own
)

// loadContributions parses every G-NetTrack CSV under dir as the import does (the device is the
// file name) and groups the records into contributions by g: per station or device and UTC day,
// records identical in every field stored once (the outbox's rule), anonymized with a
// per-contribution pseudonym secret and scored as edge and validators score them.
func loadContributions(dir string, g grouping) ([]contribution, error) {
	type group struct {
		recs []datpin.Record
		seen map[datpin.Record]struct{}
		cats map[string]int
	}
	groups := map[string]*group{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".csv") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		cat := category(rel)
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		device := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		_, err = telemetry.ParseGNetTrack(f, p, device, func(r datpin.Record) error {
			owner := r.StationID
			if g == byFileDay || owner == "" {
				owner = "file " + rel
			}
			k := owner + " " + day(quality.DayOf(r.Time).Start)
			gr := groups[k]
			if gr == nil {
				gr = &group{seen: map[datpin.Record]struct{}{}, cats: map[string]int{}}
				groups[k] = gr
			}
			if _, dup := gr.seen[r]; dup {
				return nil
			}
			gr.seen[r] = struct{}{}
			gr.recs = append(gr.recs, r)
			gr.cats[cat]++
			return nil
		}, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	out := make([]contribution, 0, len(groups))
	var s quality.Scorer
	for k, gr := range groups {
		epoch := uint32(quality.DayOf(gr.recs[0].Time).Start / quality.DayMs)
		anon, err := privacy.NewAnonymizer(privacy.Config{Secret: []byte("realtrace pseudonym secret of " + k)})
		if err != nil {
			return nil, err
		}
		pub, err := anon.Anonymize(epoch, gr.recs)
		if err != nil {
			return nil, fmt.Errorf("anonymize %s: %w", k, err)
		}
		recs := datpin.ScoringRecords(pub)
		w := quality.Epoch(epoch)
		c := contribution{key: k, records: len(recs), category: majority(gr.cats)}
		c.score = s.ScoreContribution(recs, w)
		c.crowd = s.ScoreCrowd(recs, w)
		c.old = s.ScoreBatch(recs, w).Score
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b contribution) int { return cmp.Compare(a.key, b.key) })
	return out, nil
}

// category is the folder of a file relative to the data directory, two levels deep at most
// (Download/Driving, Netflix/Static).
func category(rel string) string {
	parts := strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/")
	if len(parts) > 2 {
		parts = parts[:2]
	}
	return strings.Join(parts, "/")
}

func majority(m map[string]int) string {
	best, n := "", -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// distribution is a summary of scores.
type distribution struct {
	n, pass                              int // contributions, of which at or above the threshold
	min, p1, p5, p10, p25, p50, p75, max int32
}

func summarize(scores []int32, threshold int32) distribution {
	var d distribution
	d.n = len(scores)
	if d.n == 0 {
		return d
	}
	s := slices.Clone(scores)
	slices.Sort(s)
	at := func(p int) int32 { return s[(len(s)-1)*p/100] } // nearest rank, rounded down
	d.min, d.p1, d.p5, d.p10, d.p25, d.p50, d.p75, d.max = s[0], at(1), at(5), at(10), at(25), at(50), at(75), s[len(s)-1]
	for _, v := range s {
		if v >= threshold {
			d.pass++
		}
	}
	return d
}

// printContributions prints the score distribution of the contributions, old and new rules, in
// all, with at least minMeasured ms of measurement, and per category.
func printContributions(w io.Writer, title string, cs []contribution, threshold int32, minMeasured int64) {
	fmt.Fprintf(w, "\n### %s: %d contributions\n\n", title, len(cs))
	fmt.Fprintln(w, "| subset | rules | n | ≥ threshold | min | p1 | p5 | p10 | p25 | median | p75 | max |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	row := func(subset string, keep func(*contribution) bool) {
		var now, old []int32
		for i := range cs {
			if keep(&cs[i]) {
				now = append(now, int32(cs[i].score.Score))
				old = append(old, cs[i].old)
			}
		}
		if len(now) == 0 {
			return
		}
		for _, r := range []struct {
			name string
			v    []int32
		}{{"quality × coverage (before)", old}, {"by kind (now)", now}} {
			d := summarize(r.v, threshold)
			fmt.Fprintf(w, "| %s | %s | %d | %d (%.1f %%) | %d | %d | %d | %d | %d | %d | %d | %d |\n", subset, r.name, d.n, d.pass,
				100*float64(d.pass)/float64(d.n), d.min, d.p1, d.p5, d.p10, d.p25, d.p50, d.p75, d.max)
		}
	}
	row("all", func(*contribution) bool { return true })
	row("2 samples or more", func(c *contribution) bool { return c.crowd.Batch.Kept >= quality.MinSamples })
	for _, m := range []int64{60_000, 300_000, 900_000, minMeasured} {
		row(fmt.Sprintf("≥ %g min measured", float64(m)/60_000), func(c *contribution) bool { return c.crowd.MeasuredMs >= m })
	}
	row(fmt.Sprintf("< %g min measured", float64(minMeasured)/60_000), func(c *contribution) bool { return c.crowd.MeasuredMs < minMeasured })
	cats := map[string]bool{}
	for i := range cs {
		cats[cs[i].category] = true
	}
	var names []string
	for k := range cats {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, cat := range names {
		row(cat, func(c *contribution) bool { return c.category == cat })
	}

	// The crowd factors.
	var comp, radio, integ, service []int32
	for i := range cs {
		c := &cs[i].crowd
		if c.Verdict != quality.VerdictScored {
			continue
		}
		comp, radio, integ, service = append(comp, c.Completeness), append(radio, c.RadioShare),
			append(integ, c.Integrity), append(service, c.Service)
	}
	fmt.Fprintln(w, "\n| crowd factor | min | p1 | p5 | p10 | p25 | median | p75 | max |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, f := range []struct {
		name string
		v    []int32
	}{{"completeness", comp}, {"radio share", radio}, {"integrity", integ}, {"service", service}} {
		d := summarize(f.v, 0)
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", f.name, d.min, d.p1, d.p5, d.p10, d.p25, d.p50, d.p75, d.max)
	}

	// The lowest scores, to see what holds them down.
	low := slices.Clone(cs)
	slices.SortFunc(low, func(a, b contribution) int {
		if c := cmp.Compare(a.score.Score, b.score.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.key, b.key)
	})
	fmt.Fprintln(w, "\nlowest:")
	for i := 0; i < len(low) && i < 8; i++ {
		c := &low[i]
		fmt.Fprintf(w, "  %s (%s, %d records): %d %s; %s\n", c.key, c.category, c.records, c.score.Score, c.score.Type, c.score.Explanation)
	}
}
