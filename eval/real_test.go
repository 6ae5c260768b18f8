package eval

import (
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

var updateReal = flag.Bool("update-real", false, "rewrite the fixtures of testdata/real")

const realFixtures = "testdata/real"

// TestRealFixtures checks that the fixtures are what writeRealFixtures makes (run with
// -update-real to rewrite them): eight short drives in G-NetTrack Pro's format over three days
// and 24 days of an hourly weather series, all synthetic.
func TestRealFixtures(t *testing.T) {
	dir := realFixtures
	if !*updateReal {
		dir = t.TempDir()
	}
	if err := writeRealFixtures(dir); err != nil {
		t.Fatal(err)
	}
	if !*updateReal {
		for _, name := range fixtureNames() {
			want, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(realFixtures, name))
			if err != nil {
				t.Fatalf("%v (run go test ./eval -run TestRealFixtures -update-real)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from its generator; run with -update-real", name)
			}
		}
	}
}

func fixtureNames() []string {
	var out []string
	for i := range 8 {
		out = append(out, fmt.Sprintf("drives/D_%d.csv", i))
	}
	return append(out, "weather/station_w.csv")
}

// writeRealFixtures writes the synthetic traces: each drive passes three stations (60 rows of
// each, a row a second) with a smooth radio whose throughput follows its SINR.
func writeRealFixtures(dir string) error {
	for _, sub := range []string{"drives", "weather"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return err
		}
	}
	day0 := time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC)
	stations := [][]string{{"A10", "A11", "A12"}, {"B20", "B21", "A10"}, {"C30", "A11", "B21"}}
	for i := range 8 {
		rng := rand.New(rand.NewPCG(uint64(i), 11))
		var b strings.Builder
		b.WriteString("Timestamp,Longitude,Latitude,Speed,Operatorname,CellID,NetworkMode,RSRP,RSRQ,SNR,CQI,RSSI,DL_bitrate,UL_bitrate,State,PINGAVG,PINGMIN,PINGMAX,PINGSTDEV,PINGLOSS,CELLHEX,NODEHEX,LACHEX,RAWCELLID,NRxRSRP,NRxRSRQ\n")
		start := day0.Add(time.Duration(i%3)*24*time.Hour + time.Duration(8+i)*time.Hour)
		lat, lon := 51.89+0.01*float64(i), -8.47-0.01*float64(i%3)
		heading := rng.Float64() * 2 * math.Pi
		rsrp, sinr := -95.0+rng.Float64()*10, 8+rng.Float64()*6
		for k := range 180 {
			st := stations[i%3][k/60]
			speed := 30 + 20*math.Sin(float64(k)/25) + rng.Float64()*4
			heading += (rng.Float64() - 0.5) * 0.1
			lat += speed / 3.6 * math.Cos(heading) / 111_200
			lon += speed / 3.6 * math.Sin(heading) / (111_200 * math.Cos(lat*math.Pi/180))
			rsrp = math.Max(-125, math.Min(-70, rsrp+(rng.Float64()-0.5)*3))
			sinr = math.Max(-5, math.Min(28, sinr+(rng.Float64()-0.5)*1.5))
			cqi := int(math.Max(1, math.Min(15, (sinr+6)/2.2)))
			dl := int(2000 * math.Log2(1+math.Pow(10, sinr/10)) * (0.6 + 0.3*rng.Float64()))
			fmt.Fprintf(&b, "%s,%.6f,%.6f,%d,B,%d,LTE,%d,%d,%.1f,%d,%d,%d,%d,D,-,-,-,-,-,%X,%s,9CBA,%d,-,-\n",
				start.Add(time.Duration(k)*time.Second).Format("2006.01.02_15.04.05"), lon, lat, int(speed), k/60+1,
				int(rsrp), -10-rng.IntN(4), sinr, cqi, int(rsrp)+25, dl, dl/20, k/60+1, st, 1000+k/60)
		}
		if err := os.WriteFile(filepath.Join(dir, "drives", fmt.Sprintf("D_%d.csv", i)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewPCG(99, 11))
	var b strings.Builder
	b.WriteString("datetime (UTC),\"coordinates (lat,lon)\",temperature (degC),relative_humidity (0-1),wind_speed (m/s),total_precipitation (mm of water equivalent),surface_pressure (Pa)\n")
	t0 := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
	press := 101300.0
	for h := range 24 * 24 {
		t := t0.Add(time.Duration(h) * time.Hour)
		ph := 2 * math.Pi * float64(h%24) / 24
		press += (rng.Float64() - 0.5) * 60
		fmt.Fprintf(&b, "%d/%d/%d %d:00,\"(42.886717, -78.878392)\",%.2f,%.2f,%.2f,0,%.2f\n", int(t.Month()), t.Day(), t.Year(), t.Hour(),
			18+5*math.Sin(ph-2)+rng.Float64(), 0.65-0.15*math.Sin(ph-2)+rng.Float64()*0.02, 2+rng.Float64()*3, press)
	}
	return os.WriteFile(filepath.Join(dir, "weather", "station_w.csv"), []byte(b.String()), 0o644)
}

// TestRealLoad checks that a bad row is set aside and counted, a file of no known format skipped
// and named, and a directory without traces refused with a clear error.
func TestRealLoad(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(realFixtures, "drives", "D_0.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	lines[5] = strings.Replace(lines[5], ",LTE,", ",LTE,,", 1) // one field too many
	if err := os.WriteFile(filepath.Join(dir, "D_0.csv"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := loadReal(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d.quarantined != 1 || len(d.skipped) != 1 || filepath.Base(d.skipped[0]) != "notes.csv" || len(d.sessions) != 1 {
		t.Fatalf("quarantined %d, skipped %v, %d sessions", d.quarantined, d.skipped, len(d.sessions))
	}
	if n := len(d.sessions[filepath.Join(dir, "D_0.csv")]); n != len(lines)-3 { // header, bad row, trailing newline
		t.Errorf("%d records of %d lines", n, len(lines))
	}
	empty := t.TempDir()
	if _, err := loadReal(empty); err == nil || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty directory: %v", err)
	}
	if _, err := loadReal(filepath.Join(empty, "absent")); err == nil {
		t.Error("absent directory accepted")
	}
}

// TestReparseWeather checks that a clean series written back in the weather format and parsed
// again gives the same records.
func TestReparseWeather(t *testing.T) {
	d, err := loadReal(filepath.Join(realFixtures, "weather"))
	if err != nil {
		t.Fatal(err)
	}
	for f, recs := range d.sensors {
		got, bad, err := reparseWeather(f, recs)
		if err != nil || bad != 0 {
			t.Fatalf("%v, %d bad rows", err, bad)
		}
		if len(got) != len(recs) || len(recs) != 24*24*5 {
			t.Fatalf("%d records back of %d", len(got), len(recs))
		}
		for i := range recs {
			if got[i] != recs[i] {
				t.Fatalf("record %d: %+v back as %+v", i, recs[i], got[i])
			}
		}
	}
}

func fixtureOptions() RealOptions {
	o := DefaultRealOptions()
	o.Data, o.PerKind, o.Holdout = realFixtures, 1, 0.375
	o.Validators, o.Lazy, o.AlwaysHigh = 3, 1, 0
	return o
}

// TestRealBuild checks the labelled set without a chain: every kind is built from the fixtures,
// the held-out files feed no honest unit, every copy has its source anchored before it, and each
// generator did what its kind says.
func TestRealBuild(t *testing.T) {
	o := fixtureOptions()
	if err := o.defaults(); err != nil {
		t.Fatal(err)
	}
	d, err := loadReal(o.Data)
	if err != nil {
		t.Fatal(err)
	}
	if d.files != 9 || len(d.sessions) != 8 || len(d.sensors) != 1 || d.quarantined != 0 {
		t.Fatalf("loaded %d files, %d sessions, %d sensor series, %d bad rows", d.files, len(d.sessions), len(d.sensors), d.quarantined)
	}
	b, err := buildReal(d, &o)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.heldOut) != 3 || len(b.short) != 0 {
		t.Fatalf("held out %v; short %v", b.heldOut, b.short)
	}
	kinds := map[string]int{}
	for _, u := range b.units {
		kinds[u.kind]++
	}
	for _, k := range append(append([]string{}, RealRadioKinds...), RealSensorKinds...) {
		if kinds[k] != 1 {
			t.Errorf("%s: %d units, want 1", k, kinds[k])
		}
	}
	// 24 weather days, 7 of them faulty, so 17 clean ones; the sybil's source is honest too.
	if want := 17 + 1; kinds[""] < want {
		t.Errorf("%d honest units", kinds[""])
	}
	sybilSource := map[*realUnit]bool{}
	for _, u := range b.units {
		if u.kind == RealSybil {
			sybilSource[b.units[u.src]] = true
		}
	}
	for _, u := range b.units {
		if u.kind != "" || u.sensor || sybilSource[u] {
			continue
		}
		for _, r := range u.recs {
			if slices.Contains(b.heldOut, r.DeviceID+".csv") {
				t.Fatalf("honest unit holds a record of held-out %s", r.DeviceID)
			}
		}
	}
	rounds := schedule(b.units, o.RoundDays, rand.New(rand.NewPCG(1, 2)))
	at := map[int][2]int{}
	n := 0
	for k, ids := range rounds {
		for i, id := range ids {
			at[id] = [2]int{k, i}
			n++
		}
	}
	if n != len(b.units) {
		t.Fatalf("scheduled %d of %d units", n, len(b.units))
	}
	for id, u := range b.units {
		if u.src < 0 {
			continue
		}
		a, s := at[id], at[u.src]
		if a[0] < s[0] || a[0] == s[0] && a[1] < s[1] {
			t.Errorf("%s unit %d anchored at %v, before its source at %v", u.kind, id, a, s)
		}
	}
	for _, u := range b.units {
		checkUnit(t, u, b.units)
	}
}

func checkUnit(t *testing.T, u *realUnit, units []*realUnit) {
	t.Helper()
	invalid := 0
	for i := range u.recs {
		if telemetry.Validate(&u.recs[i]) != nil {
			invalid++
		}
	}
	if (invalid > 0) != u.direct {
		t.Errorf("%s: %d records outside limits, direct %v", kindName(u.kind), invalid, u.direct)
	}
	switch u.kind {
	case RealReplay, RealReplayCross, RealReplayWarp:
		src := units[u.src].recs
		if u.recs[0].DeviceID == src[0].DeviceID || u.recs[0].Time-src[0].Time < dayMs/2 {
			t.Errorf("%s: not relabelled or not days later", u.kind)
		}
		if u.kind == RealReplayCross && u.recs[0].StationID == src[0].StationID {
			t.Errorf("%s: same station", u.kind)
		}
	case RealFabricated:
		// Passed off as another station's, one of that station's honest days.
		st, day := u.recs[0].StationID, keyOf(&u.recs[0]).epoch
		if !slices.ContainsFunc(units, func(v *realUnit) bool {
			return v.kind == "" && !v.sensor && v.recs[0].StationID == st && keyOf(&v.recs[0]).epoch == day
		}) || !strings.HasPrefix(u.recs[0].DeviceID, RealFabricated) {
			t.Errorf("%s: station %s on day %d is no honest station-day, or device %s", u.kind, st, day, u.recs[0].DeviceID)
		}
	case RealStuckRadio:
		last := u.recs[len(u.recs)-1]
		prev := u.recs[len(u.recs)-2]
		if last.RSRPdBm10 != prev.RSRPdBm10 || last.SINRdB10 != prev.SINRdB10 || distanceM(&u.recs[0], &last) < 300 {
			t.Errorf("%s: radio not stuck or phone not moving", u.kind)
		}
	case RealTeleport:
		maxJump := 0.0
		for i := 1; i < len(u.recs); i++ {
			maxJump = math.Max(maxJump, distanceM(&u.recs[i-1], &u.recs[i]))
		}
		if maxJump < 190_000 || maxJump > 810_000 {
			t.Errorf("%s: largest jump %.0f m", u.kind, maxJump)
		}
	case RealSensorGap:
		if hoursOf(u.recs) > 24-3 {
			t.Errorf("%s: %d hours left", u.kind, hoursOf(u.recs))
		}
	case RealSensorClock:
		// The rows stamped ahead either land in the next day or are set aside by the importer.
		if lastEpoch(u.recs) == lastEpoch(u.ref) && hoursOf(u.recs) >= hoursOf(u.ref) {
			t.Errorf("%s: no reading moved into the next day nor set aside", u.kind)
		}
	}
	if u.sensor && u.kind != "" && (u.ref == nil || u.spoiled <= 0 || u.spoiled > 1) {
		t.Errorf("%s: reference %d records, spoiled %.2f", u.kind, len(u.ref), u.spoiled)
	}
}

// TestRealGenerators checks the share a partial replay copies and the inflation factor.
func TestRealGenerators(t *testing.T) {
	o := fixtureOptions()
	o.PerKind = 3
	if err := o.defaults(); err != nil {
		t.Fatal(err)
	}
	d, err := loadReal(o.Data)
	if err != nil {
		t.Fatal(err)
	}
	b, err := buildReal(d, &o)
	if err != nil {
		t.Fatal(err)
	}
	pieces := map[string][]datpin.Record{} // unseen rows by device and time
	for f, recs := range d.sessions {
		if slices.Contains(b.heldOut, filepath.Base(f)) {
			pieces[recs[0].DeviceID] = recs
		}
	}
	origin := func(r *datpin.Record) *datpin.Record {
		for i, s := range pieces[r.DeviceID] {
			if s.Time == r.Time && s.StationID == r.StationID {
				return &pieces[r.DeviceID][i]
			}
		}
		return nil
	}
	checked := map[string]int{}
	for _, u := range b.units {
		checked[u.kind]++
		switch u.kind {
		case RealReplayPart:
			copied := 0
			for i := range u.recs {
				if o := origin(&u.recs[i]); o == nil || o.LatE7 != u.recs[i].LatE7 {
					copied++
				}
			}
			if share := float64(copied) / float64(len(u.recs)); share < 0.19 || share > 0.41 {
				t.Errorf("partial replay copies %.2f of its rows", share)
			}
		case RealInflation:
			for i := range u.recs {
				o := origin(&u.recs[i])
				if o == nil || o.RSRPdBm10 != u.recs[i].RSRPdBm10 || o.SINRdB10 != u.recs[i].SINRdB10 {
					t.Fatalf("inflation changed the radio of row %d", i)
				}
				if o.DownKbps > 100 {
					if f := float64(u.recs[i].DownKbps) / float64(o.DownKbps); f < 1.29 || f > 20.01 {
						t.Fatalf("inflation factor %.2f", f)
					}
				}
			}
		}
	}
	if checked[RealReplayPart] == 0 || checked[RealInflation] == 0 {
		t.Fatalf("nothing to check: %v", checked)
	}
}

// TestRealRun runs the fixtures end to end on the embedded chain: every adversary type is in the
// result, the honest counts add up, every token is decided, the whole replay of a session is
// rejected, and a second run in another order compares every contribution's verdict.
func TestRealRun(t *testing.T) {
	o := fixtureOptions()
	o.OrderCheck = true
	res, err := RunReal(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", res.RealTable())
	for _, k := range append(append([]string{}, RealRadioKinds...), RealSensorKinds...) {
		kr := res.Adversaries[k]
		if kr == nil || kr.Instances == 0 {
			t.Errorf("%s: no instances", k)
			continue
		}
		if kr.Recall < 0 || kr.Recall > 1 || kr.Precision < 0 || kr.Precision > 1 {
			t.Errorf("%s: %+v", k, *kr)
		}
	}
	instances := 0
	for _, kr := range res.Adversaries {
		instances += kr.Instances
	}
	h := res.Honest
	if h.Contributions+instances != len(res.Tokens) || h.Contributions != res.HonestRadio.Contributions+res.HonestSensor.Contributions ||
		h.Finalized > h.Contributions || h.Flagged > h.Contributions || res.HonestSensor.Contributions < 17 || res.HonestRadio.Contributions < 5 {
		t.Errorf("honest %+v (radio %+v, sensor %+v), %d instances, %d tokens", h, res.HonestRadio, res.HonestSensor, instances, len(res.Tokens))
	}
	if oc := res.Order; oc == nil || oc.Units == 0 || oc.Same+len(oc.Differ) != oc.Units || oc.RoundDays != 2*o.RoundDays {
		t.Errorf("order check %+v", oc)
	} else if len(oc.Differ) > 0 {
		t.Logf("judged differently in another order: %+v", oc.Differ)
	}
	for _, tk := range res.Tokens {
		if tk.Status == datpin.StatusPending.String() {
			t.Errorf("token %d undecided", tk.TokenID)
		}
	}
	if kr := res.Adversaries[RealReplay]; kr != nil && kr.Penalized != kr.Instances {
		t.Errorf("whole replay not caught: %+v; reasons %v", *kr, res.ReasonsByKind[RealReplay])
	}
}
