package explain

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/validator"
)

// Stages at which a criterion applies.
const (
	StageScoring    = "scoring"     // a rule of the quality score (package quality)
	StageVerdict    = "verdict"     // why a quality score is 0
	StageIntegrity  = "integrity"   // a validator's check of the package itself: failing it scores 0
	StageCrossCheck = "cross-check" // a validator's check against the data, the round and the history
	StageOracle     = "oracle"      // the oracle's decision and the validators' penalties
)

// Criterion is one rule, threshold or reason code a contribution can meet.
type Criterion struct {
	Code       string          `json:"code"` // the rule's name or the reason code, as receipts name it
	Stage      string          `json:"stage"`
	Effect     string          `json:"effect"`
	Meaning    string          `json:"meaning"`
	Thresholds []quality.Param `json:"thresholds,omitempty"`
	Example    string          `json:"example"`
}

// ReasonText says what a validator's reason code means ("" for none or an unknown code).
func ReasonText(code string) string {
	if code == "" {
		return ""
	}
	for _, c := range validatorCriteria() {
		if c.Code == code {
			return c.Meaning
		}
	}
	return ""
}

// Criteria lists every rule, threshold and reason code of this build, with an example each: the
// quality rules with their parameters and examples scored by the rules themselves, the
// validators' checks with their thresholds, and the oracle's decisions with the parameters of a
// default deployment (evm.DefaultConfig; a deployment's own are in its oracle's params).
func Criteria() []Criterion {
	var out []Criterion
	out = append(out, scoringCriteria()...)
	out = append(out, verdictCriteria()...)
	out = append(out, validatorCriteria()...)
	out = append(out, oracleCriteria()...)
	return out
}

func paramsOf(rule string) []quality.Param {
	var out []quality.Param
	for _, p := range quality.Params() {
		if p.Rule == rule {
			out = append(out, p)
		}
	}
	return out
}

// Example records.
func lteSession(rsrp, rsrq, sinr, down, up, lat, jit, loss int32, active bool) datpin.Record {
	r := datpin.NewRecord(datpin.KindSession)
	r.Time, r.DeviceID, r.Mode = 1_700_000_000_000, "handset-1", datpin.ModeLTE
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = rsrp, rsrq, sinr
	r.DownKbps, r.UpKbps, r.LatencyMs10, r.JitterMs10, r.LossPermille, r.Active = down, up, lat, jit, loss, active
	return r
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func scoringCriteria() []Criterion {
	day := quality.DayOf(1_700_000_000_000)
	good := lteSession(-950, -120, 80, 60_000, 6_000, 450, 50, 0, true)
	var out []Criterion
	add := func(rule, effect, meaning, example string) {
		out = append(out, Criterion{Code: rule, Stage: StageScoring, Effect: effect, Meaning: meaning, Thresholds: paramsOf(rule), Example: example})
	}

	bad := good
	bad.RSRPdBm10 = -200
	s := quality.ScoreSession(&bad)
	add(quality.RuleNoiseFilter, "drops the record (counted)",
		"A measured value outside physical limits is noise, not a measurement: the record is dropped from batches and a session scores 0. Of several records of one device in the same millisecond one is kept.",
		"RSRP −20 dBm (above −31): "+s.String())

	r := quality.Radio(&good)
	add(quality.RuleRadioTier, "radio component of a session (weight 4)",
		"Each measured radio metric gets a tier from its technology's table; the worst metric decides. 3G is capped at good, 2G at fair.",
		"LTE RSRP −95 dBm, RSRQ −12 dB, SINR 8 dB: "+r.String())

	sp := quality.Speed(&good)
	add(quality.RuleSpeedTier, "speed multiplier of a session (weight 4)",
		"Download, upload and latency each get a tier (throughputs only under load) and the worst decides.",
		"active, 60 Mbit/s down, 6 Mbit/s up, 45 ms: "+sp.String())

	v := quality.Voice(&good)
	add(quality.RuleVoice, "voice component of a session (weight 2)",
		"The ITU-T G.107 E-model: R from delay, jitter and loss, MOS from R, MOS 2.5..4.3 mapped to 0..10000.",
		"45 ms round trip, 5 ms jitter, no loss: "+v.String())

	ss := quality.ScoreSession(&good)
	add(quality.RuleSession, "a session's score",
		"The weighted mean of the components present: (4·radio + 4·speed + 2·voice) / the weights of those present.",
		ss.String())

	var batch []datpin.Record
	for h := int64(0); h < 12; h++ {
		for d, dev := range []string{"handset-1", "handset-2"} {
			x := good
			x.Time, x.DeviceID = day.Start+h*3_600_000+int64(d)*60_000, dev
			if h%3 == 0 {
				x.DownKbps = 20_000
			}
			batch = append(batch, x)
		}
	}
	hb := datpin.NewRecord(datpin.KindHeartbeat)
	hb.Time, hb.StationID, hb.Sessions, hb.Devices = day.Start+3_600_000, "station-1", 2, 2
	b := quality.ScoreBatch(batch, day)
	add(quality.RuleBatch, "the score of a station-day with sessions",
		"Noise filter, then the 10 % trimmed mean of the session scores (active samples weigh 2) as quality, times coverage: 5000 + 5000 × hours with a kept session / 24. 0 with fewer than 2 kept records.",
		"2 handsets, a session each every hour for 12 hours (a third of them at 20 Mbit/s): "+firstLine(b.String()))

	var crowd []datpin.Record
	for i := int64(0); i < 600; i++ {
		if k := i % 10; k >= 6 && k <= 8 {
			continue // three seconds of every ten missing
		}
		x := good
		x.Time = day.Start + 8*3_600_000 + i*1000
		crowd = append(crowd, x)
	}
	c := quality.ScoreCrowd(crowd, day)
	add(quality.RuleCrowd, "the score of handsets' measurements without a heartbeat",
		"Service (5000 + 5000 × quality / 10000) times integrity: completeness (samples against those expected at the handset's cadence, runs split at 5 cadences) × radio share, mapped from 5000 (0) to 10000.",
		"one handset at a 1 s cadence for 10 minutes, three seconds of every ten missing: "+firstLine(c.String()))

	var up []datpin.Record
	for h := int64(0); h < 20; h++ {
		x := hb
		x.Time, x.Sessions, x.Devices = day.Start+h*3_600_000+1000, 5, 3
		up = append(up, x)
	}
	u := quality.ScoreUptime(up, day)
	add(quality.RuleUptime, "the score of a station-day of heartbeats",
		"Hours with a heartbeat / 24 (0 below 12 hours), times 100 % when it served 10 sessions or more, 90 % when fewer, 80 % when none.",
		"heartbeats in 20 of 24 hours, 5 sessions each: "+firstLine(u.String()))

	var sensors []datpin.Record
	for h := int64(0); h < 24; h++ {
		x := datpin.NewRecord(datpin.KindSensor)
		x.Time, x.DeviceID, x.Quantity = day.Start+h*3_600_000, "sensor-1", datpin.QuantityTemperatureC
		x.ValueE3 = 12_000 + h*400
		if h >= 6 && h < 15 {
			x.ValueE3 = 14_400 // stuck for nine hours
		}
		sensors = append(sensors, x)
	}
	se := quality.ScoreSensors(sensors, day, quality.SensorCadenceMs)
	add(quality.RuleSensor, "the score of a day of sensor readings",
		"Per device and quantity: readings out of range, duplicated, stuck (runs too long for the quantity's natural change) or spiking spoil their hour; the score is the share of hours in which every series has a valid reading.",
		"a temperature every hour (0.1 °C resolution), stuck at 14.4 °C for nine hours: "+strings.ReplaceAll(se.String(), "\n  ", "; "))
	return out
}

func verdictCriteria() []Criterion {
	day := quality.DayOf(1_700_000_000_000)
	one := lteSession(-950, -120, 80, 60_000, 6_000, 450, 50, 0, true)
	one.Time = day.Start
	empty := datpin.NewRecord(datpin.KindSession)
	empty.Time, empty.DeviceID = day.Start, "handset-1"
	var hb []datpin.Record
	for h := int64(0); h < 6; h++ {
		x := datpin.NewRecord(datpin.KindHeartbeat)
		x.Time, x.StationID, x.Sessions = day.Start+h*3_600_000, "station-1", 20
		hb = append(hb, x)
	}
	implausible := one
	implausible.LatencyMs10 = 700_000
	return []Criterion{
		{Code: quality.VerdictImplausible.String(), Stage: StageVerdict, Effect: "a session scores 0 and is dropped from batches",
			Meaning: "A value outside the noise filter's physical limits.",
			Example: "latency 70 s: " + quality.ScoreSession(&implausible).String()},
		{Code: quality.VerdictNoInputs.String(), Stage: StageVerdict, Effect: "a session scores 0 and is dropped from batches",
			Meaning: "Nothing the rules use was measured.",
			Example: quality.ScoreSession(&empty).String()},
		{Code: quality.VerdictTooFew.String(), Stage: StageVerdict, Effect: "the contribution scores 0",
			Meaning:    "Fewer than the minimum of kept records: one sample has neither a cadence nor a completeness to judge.",
			Thresholds: []quality.Param{{Rule: quality.RuleBatch, Name: "min_samples", Value: fmt.Sprint(quality.MinSamples), Unit: "records"}},
			Example:    "a single session: " + firstLine(quality.ScoreBatch([]datpin.Record{one}, day).String())},
		{Code: quality.VerdictBelowUptime.String(), Stage: StageVerdict, Effect: "the station-day scores 0",
			Meaning:    "A station up fewer than half the hours of the day is not serving its cell.",
			Thresholds: []quality.Param{{Rule: quality.RuleUptime, Name: "min_slots", Value: fmt.Sprint(quality.MinUptimeSlots), Unit: "slots"}},
			Example:    "heartbeats in 6 hours: " + firstLine(quality.ScoreUptime(hb, day).String())},
	}
}

func thr(name string, v any, unit string) quality.Param {
	return quality.Param{Name: name, Value: fmt.Sprint(v), Unit: unit}
}

func validatorCriteria() []Criterion {
	reject := "rejects: the validator scores it 0"
	integ := func(code, meaning, example string) Criterion {
		return Criterion{Code: code, Stage: StageIntegrity, Effect: reject, Meaning: meaning, Example: example}
	}
	cross := func(code, effect, meaning string, ths []quality.Param, example string) Criterion {
		return Criterion{Code: code, Stage: StageCrossCheck, Effect: effect, Meaning: meaning, Thresholds: ths, Example: example}
	}
	claimed := int(validator.ClaimSlack*20+validator.ClaimSlackAbs) + 1
	return []Criterion{
		integ(validator.ReasonMissing, "The content store does not have the package's CID.", "the token's CID is not found in the store the validator reads"),
		integ(validator.ReasonCIDMismatch, "The bytes the store returns do not hash to the digest anchored on chain.", "one byte of the stored package changed after anchoring"),
		integ(validator.ReasonMalformed, "The package does not decode.", "a truncated package"),
		integ(validator.ReasonRootMismatch, "The manifest's Merkle root, record count, station or epoch differ from the token's.", "a token anchored with a Merkle root that is not its package's"),
		integ(validator.ReasonBadSignature, "The package is not signed by the token's device.", "a package signed with another station's key"),
		integ(validator.ReasonUndecryptable, "The package is not encrypted to this validator.", "records encrypted to an outsider only"),
		integ(validator.ReasonContent, "The decrypted records do not match the manifest's Merkle root.", "one record changed after sealing"),
		integ(validator.ReasonZKCommit, "The token's zero-knowledge commitment is not the commitment to these records.", "a proof made for another batch"),
		{Code: validator.ReasonScoreMismatch, Stage: StageIntegrity, Effect: "none: the validator submits the score it computed",
			Meaning: "The edge's tentative score is not the score the records earn.",
			Example: "the edge claims 8000 for records that score 6000: the validator submits 6000"},
		cross(validator.ReasonClaims, reject, "The station's heartbeats claim sessions or devices the package does not report.",
			[]quality.Param{thr("claim_slack", validator.ClaimSlack, "×"), thr("claim_slack_abs", validator.ClaimSlackAbs, "sessions"), thr("min_overclaimed_hours", validator.MinOverclaimedHours, "hours")},
			fmt.Sprintf("heartbeats claim %d sessions in hours whose package holds 20 (more than %g × 20 + %d) in %d of 8 hours: rejected (at least %d hours and a quarter of them)",
				claimed, validator.ClaimSlack, validator.ClaimSlackAbs, validator.MinOverclaimedHours, validator.MinOverclaimedHours)),
		cross(validator.ReasonLocation, reject, "The sessions' received power cannot come from the station's asserted place.",
			[]quality.Param{thr("shadow_margin", validator.ShadowMarginSigmas, "σ"), thr("cell_slack", validator.CellSlackKm, "km"), thr("max_impossible_share", validator.MaxImpossibleShare, ""), thr("min_sessions", validator.MinPlaceSessions, "sessions")},
			fmt.Sprintf("of %d sessions, %d arrive stronger than the median path loss plus %g σ allows from the asserted cell (more than %g of them): rejected",
				40, 9, validator.ShadowMarginSigmas, validator.MaxImpossibleShare)),
		cross(validator.ReasonOutOfRange, reject, "A record outside the limits every importer enforces.", nil, "an RSRP of −200 dBm in the package"),
		cross(validator.ReasonThroughput, reject, "Rates beyond what the reported radio can carry.",
			[]quality.Param{thr("lte_bandwidth_layers", validator.LTEBandwidthLayersMHz, "MHz"), thr("nr_bandwidth_layers", validator.NRBandwidthLayersMHz, "MHz"), thr("hspa_max", validator.HSPAMaxKbps, "kbit/s"), thr("edge_max", validator.EDGEMaxKbps, "kbit/s"), thr("min_samples", validator.MinOverRateSamples, "samples"), thr("max_share", validator.MaxOverRateShare, "")},
			fmt.Sprintf("a 3G handset reporting 80 Mbit/s (DC-HSPA+ carries %d kbit/s) in %d samples or more, over %g of them: rejected", validator.HSPAMaxKbps, validator.MinOverRateSamples, validator.MaxOverRateShare)),
		cross(validator.ReasonInconsistent, reject, "SINRs above what the RSRP allows over thermal noise.",
			[]quality.Param{thr("thermal_noise_re", validator.ThermalNoiseREdBm10, "0.1 dBm"), thr("slack", validator.SINRNoiseSlackdB10, "0.1 dB"), thr("max_share", validator.MaxNoiseViolationShare, ""), thr("min_sessions", validator.MinConsistencySessions, "sessions")},
			fmt.Sprintf("RSRP −125 dBm with SINR 20 dB (at most %.1f dB over the noise): rejected when over %g of at least %d sessions do so",
				float64(-1250-validator.ThermalNoiseREdBm10+validator.SINRNoiseSlackdB10)/10, validator.MaxNoiseViolationShare, validator.MinConsistencySessions)),
		cross(validator.ReasonTeleport, reject, "A handset moving faster than anything on land.",
			[]quality.Param{thr("max_ground_speed", validator.MaxGroundSpeedKmh, "km/h"), thr("teleport", validator.TeleportKm, "km")},
			fmt.Sprintf("a handset 60 km away one minute later (%d km/h allows %d km, plus %d km): rejected", validator.MaxGroundSpeedKmh, validator.MaxGroundSpeedKmh/60, validator.TeleportKm)),
		cross(validator.ReasonCellFar, reject, "A cell heard far from everywhere else it is heard.",
			[]quality.Param{thr("cell_far", validator.CellFarKm, "km")}, fmt.Sprintf("a cell heard %d km from where it is usually heard", validator.CellFarKm+10)),
		cross(validator.ReasonStuckMoving, reject, "Identical radio readings while the handset travels, or for too many samples in a row.",
			[]quality.Param{thr("stuck_moving", validator.StuckMovingKm, "km"), thr("stuck_run", validator.StuckRunSamples, "samples"), thr("stuck_run_min", validator.StuckRunMinMs, "ms")},
			fmt.Sprintf("the same RSRP, RSRQ and SINR over a %d km drive: rejected", validator.StuckMovingKm+2)),
		cross(validator.ReasonReplay, reject, "An hour of sessions copies an earlier hour, its own or another contribution's (within the history's window).",
			[]quality.Param{thr("min_replay_run", validator.MinReplayRun, "samples"), thr("chain_gap", validator.ChainGap, "samples"), thr("rate_tolerance", validator.RateTolerance, ""), thr("radio_tolerance", validator.RadioTolerance, "0.1 dB"), thr("min_trace_run", validator.MinTraceRun, "keys"), thr("history", validator.HistoryEpochs, "epochs")},
			fmt.Sprintf("yesterday's sessions anchored again today, shifted by a day: a chain of %d or more agreeing samples: rejected", validator.MinReplayRun)),
		cross(validator.ReasonSybil, reject, "The batch copies another station's of the same time, which fits its asserted place better.",
			[]quality.Param{thr("same_time", validator.SameTimeMs, "ms"), thr("min_replay_run", validator.MinReplayRun, "samples")},
			fmt.Sprintf("two stations report the same sessions less than %d s apart: the one whose place explains them worse is rejected", validator.SameTimeMs/1000)),
		cross(validator.ReasonStationFar, reject, "Most of the station's sessions were measured far from every place its other contributions were measured in.",
			[]quality.Param{thr("station_far", validator.StationFarKm, "km"), thr("min_far_sessions", validator.MinFarSessions, "sessions"), thr("min_ref_sessions", validator.MinPlaceRefSessions, "sessions"), thr("min_ref_contributions", validator.MinPlaceRefContributions, "contributions")},
			fmt.Sprintf("a station known in one town reports %d sessions measured 30 km away: rejected", validator.MinFarSessions+5)),
		cross(validator.ReasonThroughputPeers, reject, "Most downlink samples carry more per unit of spectral efficiency than nearly all of the station's (or the network's) other contributions.",
			[]quality.Param{thr("station_quantile", validator.StationRateQuantile, ""), thr("network_quantile", validator.NetworkRateQuantile, ""), thr("min_above_samples", validator.MinAboveSamples, "samples"), thr("max_above_share", validator.MaxAboveShare, "")},
			fmt.Sprintf("rates doubled at the same CQI in %d samples or more, over %g of them: rejected", validator.MinAboveSamples, validator.MaxAboveShare)),
		cross(validator.ReasonSensorStuck, "rejects a series stuck all day; otherwise names the fault (the score already counts it)", "Runs of identical readings too long for the quantity and resolution.",
			[]quality.Param{thr("min_run", validator.SensorStuckRun, "readings")}, "a temperature of 14.4 °C every hour all day"),
		cross(validator.ReasonSensorSpike, "names the fault (the score already counts it)", "Isolated jumps away from the neighbouring readings.", nil, "a 25 °C jump for one hour"),
		cross(validator.ReasonSensorRange, "cuts the trust in proportion to the good hours it spoils (rejects when none is left)", "Out of physical range, or far from every other sensor's reading of the same hour.",
			[]quality.Param{thr("climate_deviation", validator.ClimateDevE3, "1e-3 °C"), thr("min_peers", validator.MinClimatePeers, "sensors"), thr("trust", validator.SensorTrustBP, "bp")},
			fmt.Sprintf("a temperature %g °C from the median of %d other sensors in the same hour", float64(validator.ClimateDevE3)/1000+5, validator.MinClimatePeers)),
		cross(validator.ReasonSensorClock, "names the fault (the score already counts it)", "Readings of one time with different values: a clock that jumped.", nil, "two readings stamped 12:00 of 14.1 and 17.9 °C"),
		cross(validator.ReasonSensorBad, reject, "Defects in every hour of the day.", nil, "a series with a spike or a stuck run in each of the 24 hours"),
	}
}

func oracleCriteria() []Criterion {
	cfg := evm.DefaultConfig()
	slash := new(big.Rat).SetFrac(cfg.SlashPerFault, evm.Ether(1)).FloatString(0)
	return []Criterion{
		{Code: "below-threshold", Stage: StageOracle, Effect: "the token is rejected: no value, no share of the rewards",
			Meaning:    "The agreed score (the stake-weighted median of the validators' reveals) is below the trust threshold.",
			Thresholds: []quality.Param{thr("threshold", cfg.Threshold, "bp")},
			Example:    fmt.Sprintf("reveals 3500, 3600 and 3900 of equal weight agree on 3600, below %d: rejected", cfg.Threshold)},
		{Code: "no-quorum", Stage: StageOracle, Effect: "the token is rejected",
			Meaning:    "Fewer validators than the quorum revealed a score for the token by the time the stale delay passed.",
			Thresholds: []quality.Param{thr("quorum", cfg.Quorum, "reveals"), thr("stale_after", int64(cfg.StaleAfter/time.Second), "s")},
			Example:    fmt.Sprintf("two reveals of a quorum of %d, %d hours after the reveal window closed: rejected", cfg.Quorum, int64(cfg.StaleAfter/time.Hour))},
		{Code: "fault", Stage: StageOracle, Effect: "the validator loses slashPerFault of stake and counts a fault",
			Meaning:    "A validator's revealed score lies further from the agreed score than the tolerance.",
			Thresholds: []quality.Param{thr("tolerance", cfg.Tolerance, "bp"), thr("slash_per_fault", slash, "DPIN")},
			Example:    fmt.Sprintf("agreed 6000, revealed 8000: 2000 away, more than %d: a fault", cfg.Tolerance)},
		{Code: "withheld", Stage: StageOracle, Effect: "the validator loses max(faultsPerWithhold, tokens of the round) × slashPerFault",
			Meaning:    "A validator committed to a round and did not reveal in its reveal window.",
			Thresholds: []quality.Param{thr("faults_per_withhold", cfg.FaultsPerWithhold, "faults")},
			Example:    fmt.Sprintf("a commitment left closed in a round of 4 tokens costs %d × %s DPIN", max(int(cfg.FaultsPerWithhold), 4), slash)},
		{Code: "rules", Stage: StageOracle, Effect: "the validator does not commit to the round (a commitment made under the round's rules is always revealed)",
			Meaning:    "The content hash of the scoring rules registered in the oracle for the round is not the one of the rules the validator runs.",
			Thresholds: []quality.Param{thr("rules", quality.Rules, ""), thr("rules_hash", common.Hash(quality.RulesHash()).Hex(), "")},
			Example:    "governance registers new rules from round 120 on: validators still running " + quality.Rules + " skip round 120"},
	}
}

// CriteriaMarkdown renders Criteria as docs/CRITERIA.md.
func CriteriaMarkdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Criteria\n\n")
	w("Every rule, threshold and reason code a contribution can meet, with an example each. This file is\n")
	w("generated from the code (`datpin criteria --markdown`); `go test ./explain` fails when it differs\n")
	w("from what the code would write. docs/SCORING.md explains the scoring rules, docs/FRAUD.md the\n")
	w("validators' checks. `datpin explain TOKEN` shows which of them a contribution met.\n\n")
	w("Rule set **`%s`**, content hash `%s`: the version validators register on chain\n", quality.Rules, common.Hash(quality.RulesHash()).Hex())
	w("(QualityOracle `rulesOf(round)`) and refuse to score a round under another.\n")
	stages := []struct{ stage, title, intro string }{
		{StageScoring, "Scoring rules", "The quality score every validator recomputes from the package (package `quality`); the hash above covers these parameters. Units: `bp` basis points (10000 = 100 %), radio values in 0.1 dB(m)."},
		{StageVerdict, "Zero scores", "Why a quality score is 0."},
		{StageIntegrity, "Integrity checks", "A validator's checks of the package itself (package `validator`). Reason codes as receipts and metrics name them."},
		{StageCrossCheck, "Cross-checks", "A validator's checks of the data against physics, the round's other contributions and the history (package `validator`, docs/FRAUD.md)."},
		{StageOracle, "Oracle decisions and penalties", "What the quality oracle decides from the reveals; parameters of a default deployment (`evm.DefaultConfig`), a deployment's own are its oracle's `params()`."},
	}
	all := Criteria()
	for _, st := range stages {
		w("\n## %s\n\n%s\n", st.title, st.intro)
		for _, c := range all {
			if c.Stage != st.stage {
				continue
			}
			w("\n### `%s`\n\n", c.Code)
			w("%s *Effect:* %s.\n", c.Meaning, c.Effect)
			if len(c.Thresholds) > 0 {
				w("\n| parameter | value | unit |\n|---|---|---|\n")
				for _, t := range c.Thresholds {
					w("| `%s` | `%s` | %s |\n", t.Name, t.Value, t.Unit)
				}
			}
			w("\n*Example:* %s\n", mdEscape(c.Example))
		}
	}
	return b.String()
}

// mdEscape keeps an example's text from being read as Markdown markup.
func mdEscape(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "|", `\|`).Replace(s)
}
