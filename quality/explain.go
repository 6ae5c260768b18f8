package quality

import (
	"fmt"
	"strings"

	"github.com/datpin/datpin"
)

// The String methods render explanations for people (logs, the CLI). They
// allocate; the scoring functions themselves do not.

func (r RadioResult) String() string {
	if !r.Present {
		return "radio: not measured (missing " + r.Missing.String() + ")"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "radio %s %d [%s table, worst %s", r.Tier, r.Score, r.Tech, r.Worst)
	for m := 0; m < radioMetrics; m++ {
		if r.Used&radioMetricInput[m] != 0 {
			fmt.Fprintf(&b, "; %s %s", radioMetricInput[m], r.Tiers[m])
		}
	}
	if r.Capped {
		fmt.Fprintf(&b, "; capped for %s", r.Tech)
	}
	if r.Missing != 0 {
		fmt.Fprintf(&b, "; missing %s", r.Missing)
	}
	b.WriteByte(']')
	return b.String()
}

func (s SpeedResult) String() string {
	if !s.Present {
		out := "speed: not scored"
		if s.Unloaded != 0 {
			out += " (not under load: " + s.Unloaded.String() + ")"
		}
		return out
	}
	var b strings.Builder
	fmt.Fprintf(&b, "speed %s ×%d [worst %s", s.Tier, s.Multiplier, s.Worst)
	if s.Used&InDown != 0 {
		fmt.Fprintf(&b, "; down %s", s.Down)
	}
	if s.Used&InUp != 0 {
		fmt.Fprintf(&b, "; up %s", s.Up)
	}
	if s.Used&InLatency != 0 {
		fmt.Fprintf(&b, "; latency %s", s.Latency)
	}
	if s.Unloaded != 0 {
		fmt.Fprintf(&b, "; not under load %s", s.Unloaded)
	}
	b.WriteByte(']')
	return b.String()
}

func (v VoiceResult) String() string {
	if !v.Present {
		return "voice: not measured"
	}
	out := fmt.Sprintf("voice %d [delay %d.%03d ms, Id %s, Ie %s, R %s, MOS %s",
		v.Score, v.DelayUs/1000, v.DelayUs%1000, milli(v.IdMicroR/1000), milli(v.IeMicroR/1000),
		milli(int64(v.RMilli)), milli(int64(v.MOSMilli)))
	if v.Missing != 0 {
		out += "; missing " + v.Missing.String()
	}
	return out + "]"
}

func milli(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s%d.%03d", sign, v/1000, v%1000)
}

func (s SessionScore) String() string {
	switch s.Verdict {
	case VerdictImplausible:
		return fmt.Sprintf("session 0 (%s: %s)", s.Verdict, s.Implausible)
	case VerdictScored:
	default:
		return fmt.Sprintf("session 0 (%s)", s.Verdict)
	}
	var terms []string
	if s.Radio.Present {
		terms = append(terms, fmt.Sprintf("%d·%d", WeightRadio, s.Radio.Score))
	}
	if s.Speed.Present {
		terms = append(terms, fmt.Sprintf("%d·%d", WeightSpeed, s.Speed.Multiplier))
	}
	if s.Voice.Present {
		terms = append(terms, fmt.Sprintf("%d·%d", WeightVoice, s.Voice.Score))
	}
	return fmt.Sprintf("session %d = (%s)/%d; %s; %s; %s", s.Score, strings.Join(terms, " + "), s.Weight,
		s.Radio, s.Speed, s.Voice)
}

func (d Dropped) String() string {
	return fmt.Sprintf("dropped %d (wrong kind %d, outside window %d, implausible %d, duplicate %d)",
		d.Total(), d.WrongKind, d.OutOfWindow, d.Implausible, d.Duplicate)
}

func (b BatchScore) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "batch %d = quality %d × coverage %d / 10000 (%s)\n", b.Score, b.Quality, b.Coverage, b.Verdict)
	fmt.Fprintf(&s, "  records %d, kept %d from %d devices (%d active); %s; %d with nothing to score\n",
		b.Records, b.Kept, b.Devices, b.Active, b.Dropped, b.Empty)
	fmt.Fprintf(&s, "  quality: weighted mean of session scores, weight %d, %d trimmed at each end\n", b.Weight, b.Trimmed)
	fmt.Fprintf(&s, "  coverage: %d of %d slots of [%d, %d)\n", b.Slots, Slots, b.Window.Start, b.Window.End)
	fmt.Fprintf(&s, "  radio: mean %d; excellent %d, good %d, fair %d, poor %d, no-service %d, not measured %d\n",
		b.MeanRadio, b.RadioTiers[RadioExcellent], b.RadioTiers[RadioGood], b.RadioTiers[RadioFair],
		b.RadioTiers[RadioPoor], b.RadioTiers[RadioNoService], b.NoRadio)
	fmt.Fprintf(&s, "  speed: mean %d; good %d, acceptable %d, degraded %d, poor %d, fail %d, not scored %d\n",
		b.MeanSpeed, b.SpeedTiers[SpeedGood], b.SpeedTiers[SpeedAcceptable], b.SpeedTiers[SpeedDegraded],
		b.SpeedTiers[SpeedPoor], b.SpeedTiers[SpeedFail], b.NoSpeed)
	fmt.Fprintf(&s, "  voice: mean %d over %d records", b.MeanVoice, b.Voice)
	return s.String()
}

func (u UptimeScore) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "uptime %d = base %d × served %d / 10000 (%s)\n", u.Score, u.Base, u.Served, u.Verdict)
	fmt.Fprintf(&s, "  %d of %d slots with a heartbeat (minimum %d); records %d, kept %d from %d stations; %s\n",
		u.SlotsUp, Slots, MinUptimeSlots, u.Records, u.Kept, u.Stations, u.Dropped)
	if u.ServedSeen {
		fmt.Fprintf(&s, "  served: %d sessions, at most %d devices", u.Sessions, u.Devices)
	} else {
		fmt.Fprintf(&s, "  served: not reported (missing %s)", u.Missing)
	}
	return s.String()
}

func (ss SeriesScore) String() string {
	how := "given"
	if ss.CadenceInferred {
		how = "inferred"
	}
	return fmt.Sprintf("series %q quantity %d: %d = min(valid %d, expected %d)·10000/expected; cadence %d ms (%s); received %d: out of range %d, duplicates %d, stuck %d, spikes %d; gaps %d",
		ss.DeviceID, ss.Quantity, ss.Score, ss.Valid, ss.Expected, ss.CadenceMs, how, ss.Received,
		ss.OutOfRange, ss.Duplicates, ss.Stuck, ss.Spikes, ss.Gaps)
}

func (s SensorScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sensors %d = mean of %d series (%s); records %d; %s", s.Score, len(s.Series), s.Verdict, s.Records, s.Dropped)
	for _, ss := range s.Series {
		b.WriteString("\n  ")
		b.WriteString(ss.String())
	}
	return b.String()
}

func (c CrowdScore) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "crowd %d = service %d × integrity %d / 10000 (%s)\n", c.Score, c.Service, c.Integrity, c.Verdict)
	fmt.Fprintf(&s, "  service: %d + %d·quality %d / 10000\n", CrowdServiceFloor, datpin.ScoreMax-CrowdServiceFloor, c.Batch.Quality)
	fmt.Fprintf(&s, "  integrity: completeness %d × radio share %d, from %d up\n", c.Completeness, c.RadioShare, CrowdIntegrityFloor)
	fmt.Fprintf(&s, "  completeness: %d of %d expected samples in %d runs, %d s measured, cadence %d ms\n",
		c.Received, c.Expected, c.Runs, c.MeasuredMs/1000, c.CadenceMs)
	b := c.Batch
	fmt.Fprintf(&s, "  records %d, kept %d from %d devices (%d active); %s; %d with nothing to score\n",
		b.Records, b.Kept, b.Devices, b.Active, b.Dropped, b.Empty)
	fmt.Fprintf(&s, "  radio: mean %d; excellent %d, good %d, fair %d, poor %d, no-service %d, not measured %d",
		b.MeanRadio, b.RadioTiers[RadioExcellent], b.RadioTiers[RadioGood], b.RadioTiers[RadioFair],
		b.RadioTiers[RadioPoor], b.RadioTiers[RadioNoService], b.NoRadio)
	return s.String()
}
