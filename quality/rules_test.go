package quality_test

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// A vector file starts with a header of "key: value" lines (rule, inputs,
// expect), then holds one vector per line: input fields, "->", expected
// fields. "#" starts a comment; "-" is a missing input.
type vectorFile struct {
	rule    string
	inputs  []string
	expect  []string
	vectors []vector
}

type vector struct {
	line    int
	in, out []string
}

// runners compute a rule's expected fields from its input fields.
var runners = map[string]func(t *testing.T, in []string) []string{
	"radio_tier":        runRadioTier,
	"speed_tier":        runSpeedTier,
	"voice_emodel":      runVoice,
	"session_score":     runSession,
	"noise_filter":      runNoiseFilter,
	"station_uptime":    runUptime,
	"sensor_series":     runSeries,
	"batch_aggregation": runBatch,
	"crowd_measurement": runCrowd,
}

// TestRules runs every test vector in testdata/*.txt, one parallel subtest
// per vector, named after the rule it enforces.
func TestRules(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no vector files: %v", err)
	}
	seen := map[string]bool{}
	for _, path := range files {
		vf := readVectors(t, path)
		run := runners[vf.rule]
		if run == nil {
			t.Fatalf("%s: no runner for rule %q", path, vf.rule)
		}
		seen[vf.rule] = true
		t.Run(vf.rule, func(t *testing.T) {
			for _, v := range vf.vectors {
				t.Run(fmt.Sprintf("line%d", v.line), func(t *testing.T) {
					t.Parallel()
					if len(v.in) != len(vf.inputs) {
						t.Fatalf("%s:%d: %d inputs, header names %d", path, v.line, len(v.in), len(vf.inputs))
					}
					got := run(t, v.in)
					if strings.Join(got, " ") != strings.Join(v.out, " ") {
						t.Errorf("%s:%d: %s\n  got  %s\n  want %s\n  (%s)", path, v.line, strings.Join(v.in, " "),
							strings.Join(got, " "), strings.Join(v.out, " "), strings.Join(vf.expect, " "))
					}
				})
			}
		})
	}
	for rule := range runners {
		if !seen[rule] {
			t.Errorf("rule %s has no vector file", rule)
		}
	}
}

func readVectors(t *testing.T, path string) vectorFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vf vectorFile
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if k, v, ok := strings.Cut(line, ":"); ok && !strings.Contains(line, "->") {
			switch strings.TrimSpace(k) {
			case "rule":
				vf.rule = strings.TrimSpace(v)
			case "inputs":
				vf.inputs = strings.Fields(v)
			case "expect":
				vf.expect = strings.Fields(v)
			default:
				t.Fatalf("%s:%d: unknown header %q", path, n, k)
			}
			continue
		}
		in, out, ok := strings.Cut(line, "->")
		if !ok {
			t.Fatalf("%s:%d: no ->", path, n)
		}
		vf.vectors = append(vf.vectors, vector{line: n, in: strings.Fields(in), out: strings.Fields(out)})
	}
	if vf.rule == "" || len(vf.vectors) == 0 {
		t.Fatalf("%s: no rule or no vectors", path)
	}
	return vf
}

// fixed parses a human-unit decimal ("-95.5") scaled by 10^scale, or
// Missing for "-".
func fixed(t *testing.T, s string, scale int) int32 {
	t.Helper()
	if s == "-" {
		return datpin.Missing
	}
	return int32(fixed64(t, s, scale))
}

func fixed64(t *testing.T, s string, scale int) int64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad number %q", s)
	}
	return int64(math.Round(f * math.Pow10(scale)))
}

func mode(t *testing.T, s string) datpin.NetworkMode {
	switch s {
	case "LTE":
		return datpin.ModeLTE
	case "NR":
		return datpin.ModeNR
	case "3G":
		return datpin.Mode3G
	case "2G":
		return datpin.Mode2G
	case "unknown":
		return datpin.ModeUnknown
	}
	t.Fatalf("bad mode %q", s)
	return 0
}

func yesno(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func itoa[T ~int32 | ~int64 | int](v T) string { return strconv.FormatInt(int64(v), 10) }

const day0 = 1_767_225_600_000 // 2026-01-01T00:00:00Z

func session(t *testing.T, in []string) datpin.Record {
	r := datpin.NewRecord(datpin.KindSession)
	r.Time = day0
	r.DeviceID = "dev"
	r.Mode = mode(t, in[0])
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = fixed(t, in[1], 1), fixed(t, in[2], 1), fixed(t, in[3], 1)
	r.NRRSRPdBm10, r.NRRSRQdB10 = fixed(t, in[4], 1), fixed(t, in[5], 1)
	return r
}

// radio_tier: mode rsrp_dbm rsrq_db sinr_db nr_rsrp_dbm nr_rsrq_db rssi_dbm
func runRadioTier(t *testing.T, in []string) []string {
	r := session(t, in)
	r.RSSIdBm10 = fixed(t, in[6], 1)
	res := quality.Radio(&r)
	return []string{res.Tier.String(), itoa(res.Score), res.Tech.String(), res.Worst.String(), yesno(res.Capped)}
}

// speed_tier: active down_kbps up_kbps latency_ms
func runSpeedTier(t *testing.T, in []string) []string {
	r := datpin.NewRecord(datpin.KindSession)
	r.Active = in[0] == "yes"
	r.DownKbps, r.UpKbps, r.LatencyMs10 = fixed(t, in[1], 0), fixed(t, in[2], 0), fixed(t, in[3], 1)
	res := quality.Speed(&r)
	return []string{yesno(res.Present), res.Tier.String(), itoa(res.Multiplier), res.Worst.String(), res.Unloaded.String()}
}

// voice_emodel: latency_ms jitter_ms loss_pct
func runVoice(t *testing.T, in []string) []string {
	r := datpin.NewRecord(datpin.KindSession)
	r.LatencyMs10, r.JitterMs10, r.LossPermille = fixed(t, in[0], 1), fixed(t, in[1], 1), fixed(t, in[2], 1)
	res := quality.Voice(&r)
	return []string{yesno(res.Present), itoa(res.RMilli), itoa(res.MOSMilli), itoa(res.Score)}
}

// session_score: mode rsrp rsrq sinr nr_rsrp nr_rsrq active down up latency jitter loss
func runSession(t *testing.T, in []string) []string {
	r := session(t, in)
	r.Active = in[6] == "yes"
	r.DownKbps, r.UpKbps = fixed(t, in[7], 0), fixed(t, in[8], 0)
	r.LatencyMs10, r.JitterMs10, r.LossPermille = fixed(t, in[9], 1), fixed(t, in[10], 1), fixed(t, in[11], 1)
	s := quality.ScoreSession(&r)
	return []string{s.Verdict.String(), itoa(s.Score), itoa(s.Weight)}
}

// noise_filter: fields (name=value,...)
func runNoiseFilter(t *testing.T, in []string) []string {
	r := datpin.NewRecord(datpin.KindSession)
	r.Time = day0
	for _, kv := range strings.Split(in[0], ",") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "kind":
			r.Kind = map[string]datpin.RecordKind{"session": datpin.KindSession, "heartbeat": datpin.KindHeartbeat, "sensor": datpin.KindSensor}[v]
		case "rsrp":
			r.RSRPdBm10 = fixed(t, v, 1)
		case "rsrq":
			r.RSRQdB10 = fixed(t, v, 1)
		case "sinr":
			r.SINRdB10 = fixed(t, v, 1)
		case "rssi":
			r.RSSIdBm10 = fixed(t, v, 1)
		case "nr_rsrp":
			r.NRRSRPdBm10 = fixed(t, v, 1)
		case "nr_rsrq":
			r.NRRSRQdB10 = fixed(t, v, 1)
		case "cqi":
			r.CQI = fixed(t, v, 0)
		case "down":
			r.DownKbps = fixed(t, v, 0)
		case "up":
			r.UpKbps = fixed(t, v, 0)
		case "latency":
			r.LatencyMs10 = fixed(t, v, 1)
		case "jitter":
			r.JitterMs10 = fixed(t, v, 1)
		case "loss":
			r.LossPermille = fixed(t, v, 1)
		case "lat":
			r.LatE7 = fixed(t, v, 7)
		case "lon":
			r.LonE7 = fixed(t, v, 7)
		case "speed":
			r.SpeedKmh = fixed(t, v, 0)
		case "sessions":
			r.Sessions = fixed(t, v, 0)
		case "devices":
			r.Devices = fixed(t, v, 0)
		case "quantity":
			r.Quantity = quantity(t, v)
		case "value":
			r.ValueE3 = fixed64(t, v, 3)
		default:
			t.Fatalf("unknown field %q", k)
		}
	}
	return []string{quality.Implausible(&r).String()}
}

func quantity(t *testing.T, s string) datpin.Quantity {
	for q, name := range []string{"none", "temperature_c", "humidity_pct", "pressure_hpa", "wind_ms", "precip_mm", "pm25_ugm3"} {
		if s == name {
			return datpin.Quantity(q)
		}
	}
	t.Fatalf("bad quantity %q", s)
	return 0
}

// hours parses "0-11,13,20-21" into hours of the day.
func hours(t *testing.T, s string) []int {
	var hs []int
	for _, part := range strings.Split(s, ",") {
		a, b, isRange := strings.Cut(part, "-")
		lo, err1 := strconv.Atoi(a)
		hi := lo
		var err2 error
		if isRange {
			hi, err2 = strconv.Atoi(b)
		}
		if err1 != nil || err2 != nil {
			t.Fatalf("bad hours %q", s)
		}
		for h := lo; h <= hi; h++ {
			hs = append(hs, h)
		}
	}
	return hs
}

// station_uptime: hours[xN] sessions devices — one heartbeat at HH:30 of
// each hour (N identical ones with xN), each reporting sessions and devices.
func runUptime(t *testing.T, in []string) []string {
	spec, copies := in[0], 1
	if s, n, ok := strings.Cut(spec, "x"); ok {
		spec = s
		copies, _ = strconv.Atoi(n)
	}
	var recs []datpin.Record
	for _, h := range hours(t, spec) {
		for c := 0; c < copies; c++ {
			r := datpin.NewRecord(datpin.KindHeartbeat)
			r.StationID = "st-1"
			r.Time = day0 + int64(h)*3_600_000 + 1_800_000
			r.Sessions, r.Devices = fixed(t, in[1], 0), fixed(t, in[2], 0)
			recs = append(recs, r)
		}
	}
	u := quality.ScoreUptime(recs, quality.Window{})
	return []string{itoa(u.SlotsUp), itoa(u.Kept), itoa(u.Dropped.Duplicate), itoa(u.Base), itoa(u.Served), itoa(u.Score), u.Verdict.String()}
}

// series values: comma-separated readings every step ms from midnight; "_"
// no reading; "v*n" n times v; "a~b*n" n readings from a to b evenly;
// "a|b" two readings at the same time.
func seriesValues(t *testing.T, s string) [][]int64 {
	var out [][]int64
	for _, item := range strings.Split(s, ",") {
		n := 1
		if v, c, ok := strings.Cut(item, "*"); ok {
			item = v
			n, _ = strconv.Atoi(c)
		}
		if a, b, ok := strings.Cut(item, "~"); ok {
			va, vb := fixed64(t, a, 3), fixed64(t, b, 3)
			for k := 0; k < n; k++ {
				v := va
				if n > 1 {
					v = va + (vb-va)*int64(k)/int64(n-1)
				}
				out = append(out, []int64{v})
			}
			continue
		}
		for k := 0; k < n; k++ {
			if item == "_" {
				out = append(out, nil)
				continue
			}
			var vs []int64
			for _, v := range strings.Split(item, "|") {
				vs = append(vs, fixed64(t, v, 3))
			}
			out = append(out, vs)
		}
	}
	return out
}

// sensor_series: quantity step_ms cadence_ms|auto values
func runSeries(t *testing.T, in []string) []string {
	q := quantity(t, in[0])
	step, _ := strconv.ParseInt(in[1], 10, 64)
	var cadence int64
	if in[2] != "auto" {
		cadence, _ = strconv.ParseInt(in[2], 10, 64)
	}
	var recs []datpin.Record
	for k, vs := range seriesValues(t, in[3]) {
		for _, v := range vs {
			r := datpin.NewRecord(datpin.KindSensor)
			r.DeviceID, r.Time, r.Quantity, r.ValueE3 = "ws", day0+int64(k)*step, q, v
			recs = append(recs, r)
		}
	}
	res := quality.ScoreSensors(recs, quality.DayOf(day0), cadence)
	if len(res.Series) != 1 {
		t.Fatalf("%d series", len(res.Series))
	}
	s := res.Series[0]
	return []string{itoa(s.Received), itoa(s.Valid), itoa(s.Expected), itoa(s.Stuck), itoa(s.Spikes),
		itoa(s.OutOfRange), itoa(s.Duplicates), itoa(s.CadenceMs), itoa(s.Score)}
}

// batch_aggregation: items "dev/HH:MM[:SS]/rsrp_dbm[/a]" (LTE, RSRP only;
// /a marks an active device; HH-HH repeats the item each hour of the range;
// HH of 24 and more is the next day).
func runBatch(t *testing.T, in []string) []string {
	var recs []datpin.Record
	for _, item := range strings.Split(in[0], ";") {
		parts := strings.Split(item, "/")
		if len(parts) < 3 {
			t.Fatalf("bad item %q", item)
		}
		hh, rest, _ := strings.Cut(parts[1], ":")
		mmss := strings.Split(rest, ":")
		mm, _ := strconv.Atoi(mmss[0])
		ss := 0
		if len(mmss) > 1 {
			ss, _ = strconv.Atoi(mmss[1])
		}
		for _, h := range hours(t, hh) {
			r := datpin.NewRecord(datpin.KindSession)
			r.DeviceID, r.Mode = parts[0], datpin.ModeLTE
			r.Time = day0 + int64(h)*3_600_000 + int64(mm)*60_000 + int64(ss)*1000
			r.RSRPdBm10 = fixed(t, parts[2], 1)
			r.Active = len(parts) > 3 && parts[3] == "a"
			recs = append(recs, r)
		}
	}
	b := quality.ScoreBatch(recs, quality.Window{})
	return []string{itoa(b.Kept), itoa(b.Dropped.Total()), itoa(b.Devices), itoa(b.Slots), itoa(b.Quality),
		itoa(b.Coverage), itoa(b.Score), b.Verdict.String()}
}

// runCrowd scores items "device/HH:MM:SS*N+S/rsrp" (N samples S seconds apart) as crowd
// measurements.
func runCrowd(t *testing.T, in []string) []string {
	var recs []datpin.Record
	for _, item := range strings.Split(in[0], ";") {
		parts := strings.Split(item, "/")
		if len(parts) != 3 {
			t.Fatalf("bad item %q", item)
		}
		at, rep, _ := strings.Cut(parts[1], "*")
		n, step := 1, 1
		if rep != "" {
			ns, ss, hasStep := strings.Cut(rep, "+")
			n, _ = strconv.Atoi(ns)
			if hasStep {
				step, _ = strconv.Atoi(ss)
			}
		}
		hms := strings.Split(at, ":")
		if len(hms) != 3 || n < 1 || step < 1 {
			t.Fatalf("bad item %q", item)
		}
		var sec int
		for _, f := range hms {
			v, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("bad item %q", item)
			}
			sec = sec*60 + v
		}
		for i := 0; i < n; i++ {
			r := datpin.NewRecord(datpin.KindSession)
			r.DeviceID, r.Mode = parts[0], datpin.ModeLTE
			r.Time = day0 + int64(sec+i*step)*1000
			r.RSRPdBm10 = fixed(t, parts[2], 1)
			recs = append(recs, r)
		}
	}
	c := quality.ScoreCrowd(recs, quality.Window{})
	return []string{itoa(c.Batch.Kept), itoa(c.Runs), itoa(c.Expected), itoa(c.Received), itoa(c.Completeness),
		itoa(c.RadioShare), itoa(c.Integrity), itoa(c.Batch.Quality), itoa(c.Service), itoa(c.Score), c.Verdict.String()}
}
