package quality

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/crypto/sha3"

	"github.com/datpin/datpin"
)

// Param is one parameter of the rule set named by Rules: a threshold, weight, limit or constant
// a score depends on, read from the very variable the rule uses, so that the list cannot drift
// from the code.
type Param struct {
	Rule  string `json:"rule"`           // the rule it belongs to, as in docs/SCORING.md (radio_tier, ...)
	Name  string `json:"name"`           // unique within the rule
	Value string `json:"value"`          // canonical text: decimal integers, comma-separated lists, "min..max" ranges
	Unit  string `json:"unit,omitempty"` // the unit of Value
}

// The rules of the rule set, in the order docs/SCORING.md states them.
const (
	RuleNoiseFilter = "noise_filter"
	RuleRadioTier   = "radio_tier"
	RuleSpeedTier   = "speed_tier"
	RuleVoice       = "voice_emodel"
	RuleSession     = "session_score"
	RuleBatch       = "batch_aggregation"
	RuleCrowd       = "crowd_measurement"
	RuleUptime      = "station_uptime"
	RuleSensor      = "sensor_series"
)

// RuleNames lists the rules in order.
var RuleNames = []string{RuleNoiseFilter, RuleRadioTier, RuleSpeedTier, RuleVoice, RuleSession, RuleBatch, RuleCrowd, RuleUptime, RuleSensor}

var quantityNames = [...]string{
	datpin.QuantityTemperatureC: "temperature", datpin.QuantityHumidityPct: "humidity",
	datpin.QuantityPressureHPa: "pressure", datpin.QuantityWindMS: "wind", datpin.QuantityPrecipMM: "precipitation",
	datpin.QuantityPM25: "pm25",
}

// QuantityName names a sensor quantity as the rule set does ("temperature", "pm25"; "" if unknown).
func QuantityName(q datpin.Quantity) string {
	if int(q) < len(quantityNames) {
		return quantityNames[q]
	}
	return ""
}

var inputUnits = [inputCount]string{
	"0.1 dBm", "0.1 dB", "0.1 dB", "0.1 dBm", "0.1 dBm", "0.1 dB", "kbit/s", "kbit/s", "0.1 ms", "0.1 ms", "permille",
	"sessions", "devices", "", "1e-7 degree", "km/h", "",
}

// Params returns every parameter of the rule set, rule by rule in RuleNames' order.
func Params() []Param {
	var ps []Param
	add := func(rule, name, value, unit string) { ps = append(ps, Param{rule, name, value, unit}) }
	i64 := func(v int64) string { return strconv.FormatInt(v, 10) }
	span := func(lo, hi int64) string { return i64(lo) + ".." + i64(hi) }
	list := func(vs ...int64) string {
		s := make([]string, len(vs))
		for i, v := range vs {
			s[i] = i64(v)
		}
		return strings.Join(s, ",")
	}
	f64 := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

	// Noise filter: the physical limits of every measured input.
	for in := 0; in < inputCount; in++ {
		if Inputs(1<<in) == InValue || Inputs(1<<in) == InQuantity || Inputs(1<<in) == InPosition {
			continue
		}
		add(RuleNoiseFilter, inputNames[in], span(limits[in].min, limits[in].max), inputUnits[in])
	}
	add(RuleNoiseFilter, "latitude", span(-900_000_000, 900_000_000), "1e-7 degree")
	add(RuleNoiseFilter, "longitude", span(limits[14].min, limits[14].max), "1e-7 degree")
	for q := range sensorLimits {
		if name := QuantityName(datpin.Quantity(q)); name != "" {
			add(RuleNoiseFilter, "sensor_"+name, span(sensorLimits[q].min, sensorLimits[q].max), "1e-3 unit")
		}
	}

	// Radio tiers: each table's lowest excellent, good, fair and poor values (a quality ratio has
	// no poor floor: "-" below).
	th := func(t thresholds) string {
		s := make([]string, len(t))
		for i, v := range t {
			if v == noFloor {
				s[i] = "-"
			} else {
				s[i] = i64(int64(v))
			}
		}
		return strings.Join(s, ",")
	}
	for _, t := range []struct {
		name string
		t    thresholds
		unit string
	}{
		{"lte_rsrp", lteRSRP, "0.1 dBm"}, {"lte_rsrq", lteRSRQ, "0.1 dB"}, {"lte_sinr", lteSINR, "0.1 dB"},
		{"nr_rsrp", nrRSRP, "0.1 dBm"}, {"nr_rsrq", nrRSRQ, "0.1 dB"}, {"nr_sinr", nrSINR, "0.1 dB"},
		{"umts_rscp", umtsRSCP, "0.1 dBm"}, {"umts_ecio", umtsEcIo, "0.1 dB"}, {"gsm_rssi", gsmRSSI, "0.1 dBm"},
	} {
		add(RuleRadioTier, t.name, th(t.t), t.unit)
	}
	add(RuleRadioTier, "tier_scores", list(int64(RadioNoService.Score()), int64(RadioPoor.Score()), int64(RadioFair.Score()),
		int64(RadioGood.Score()), int64(RadioExcellent.Score())), "bp")
	add(RuleRadioTier, "cap_3g", cap3G.String(), "")
	add(RuleRadioTier, "cap_2g", cap2G.String(), "")

	// Throughput and latency tiers.
	add(RuleSpeedTier, "down", list(downKbps[:]...), "kbit/s")
	add(RuleSpeedTier, "up", list(upKbps[:]...), "kbit/s")
	add(RuleSpeedTier, "latency_below", list(latencyMs10[:]...), "0.1 ms")
	add(RuleSpeedTier, "tier_multipliers", list(int64(SpeedFail.Multiplier()), int64(SpeedPoor.Multiplier()),
		int64(SpeedDegraded.Multiplier()), int64(SpeedAcceptable.Multiplier()), int64(SpeedGood.Multiplier())), "bp")
	add(RuleSpeedTier, "min_load", i64(MinLoadKbps), "kbit/s")
	add(RuleSpeedTier, "load_ratio", i64(loadRatio), "")

	// Voice.
	add(RuleVoice, "r0", i64(r0Micro), "µR")
	add(RuleVoice, "mos_floor", i64(mosFloorMu), "µMOS")
	add(RuleVoice, "mos_ceiling", i64(mosCeilMu), "µMOS")
	add(RuleVoice, "codec_delay", i64(codecDelayMu), "µR")

	// Session score.
	add(RuleSession, "weight_radio", i64(WeightRadio), "")
	add(RuleSession, "weight_speed", i64(WeightSpeed), "")
	add(RuleSession, "weight_voice", i64(WeightVoice), "")

	// Batch aggregation.
	add(RuleBatch, "min_samples", i64(MinSamples), "records")
	add(RuleBatch, "trim", i64(TrimPermille), "permille")
	add(RuleBatch, "coverage_floor", i64(CoverageFloor), "bp")
	add(RuleBatch, "slots", i64(Slots), "")
	add(RuleBatch, "weight_active", i64(ActiveWeight), "")
	add(RuleBatch, "weight_idle", i64(IdleWeight), "")

	// Crowd measurements.
	add(RuleCrowd, "service_floor", i64(CrowdServiceFloor), "bp")
	add(RuleCrowd, "integrity_floor", i64(CrowdIntegrityFloor), "bp")
	add(RuleCrowd, "split_cadences", i64(CrowdSplitCadences), "cadences")

	// Station uptime.
	add(RuleUptime, "min_slots", i64(MinUptimeSlots), "slots")
	add(RuleUptime, "served_busy", i64(ServedBusy), "sessions")
	add(RuleUptime, "served_multipliers", list(ServedIdleMult, ServedSomeMult, ServedBusyMult), "bp")

	// Sensor series.
	add(RuleSensor, "cadence", i64(SensorCadenceMs), "ms")
	add(RuleSensor, "default_cadence", i64(DefaultCadenceMs), "ms")
	add(RuleSensor, "stuck_false_alarm", f64(StuckFalseAlarm), "")
	add(RuleSensor, "repeat_max", f64(RepeatMax), "")
	add(RuleSensor, "spike_span", i64(spikeSpan), "cadences")
	markText := func(m valueMark) string {
		if !m.set {
			return "-"
		}
		return i64(m.v)
	}
	for q := range sensorRules {
		name := QuantityName(datpin.Quantity(q))
		if name == "" {
			continue
		}
		r := sensorRules[q]
		add(RuleSensor, name, "change="+i64(r.change)+";rel_change="+f64(r.relChange)+";coarse="+i64(r.coarse)+
			";spike="+i64(r.spike)+";exempt="+markText(r.exempt)+";floor="+markText(r.floor), "1e-3 unit")
	}
	return ps
}

// HashParams is the content hash of a rule set: keccak256 over its canonical encoding, the line
// "datpin-rules" then the name (Rules) then one line per parameter, "rule name value unit"
// separated by tabs, in the order given.
func HashParams(rules string, ps []Param) [32]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte("datpin-rules\n" + rules + "\n"))
	for _, p := range ps {
		h.Write([]byte(p.Rule + "\t" + p.Name + "\t" + p.Value + "\t" + p.Unit + "\n"))
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

var rulesHash = sync.OnceValue(func() [32]byte { return HashParams(Rules, Params()) })

// RulesHash is the content hash of this build's rule set (HashParams of Rules and Params): the
// version registered on chain, in the quality oracle, for the rounds scored by these rules.
// Validators refuse to submit scores for a round whose registered hash differs.
func RulesHash() [32]byte { return rulesHash() }
