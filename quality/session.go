package quality

import "github.com/datpin/datpin"

// Weights of the session components in the session score. Radio and speed weigh alike: the
// radio metrics describe the air interface, while throughput and latency are the service the
// station delivers end to end, and only they see its backhaul and its load (a strong signal behind
// a slow link is a poor station). How often a component is measured needs no weight of its own:
// a component a sample lacks leaves that sample's sum and its denominator.
const (
	WeightRadio = 4
	WeightSpeed = 4
	WeightVoice = 2
)

// Verdict says why a score is what it is, beyond its components.
type Verdict uint8

const (
	VerdictScored      Verdict = iota // scored from its components
	VerdictWrongKind                  // not the kind of record the function scores
	VerdictImplausible                // a value outside physical limits: noise, scores 0
	VerdictNoInputs                   // nothing the rules use was measured: scores 0
	VerdictTooFew                     // a batch with fewer than MinSamples kept records: scores 0
	VerdictBadWindow                  // a window that ends before it starts: scores 0
	VerdictBelowUptime                // a station up fewer than MinUptimeSlots slots: scores 0
)

var verdictNames = [...]string{"scored", "wrong-kind", "implausible", "no-inputs", "too-few-samples", "bad-window", "below-minimum-uptime"}

func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return "invalid"
}

// SessionScore is the score of one session record with its explanation.
type SessionScore struct {
	Score       int32 // basis points, 0..10000
	Verdict     Verdict
	Implausible Inputs // with VerdictImplausible: the offending inputs
	Weight      int32  // sum of the weights of the components present
	Radio       RadioResult
	Speed       SpeedResult
	Voice       VoiceResult
}

// Missing returns the inputs the session's rules looked for and did not find.
func (s *SessionScore) Missing() Inputs {
	return s.Radio.Missing | s.Speed.Missing | s.Voice.Missing
}

// ScoreSession scores one session record (a device's connectivity sample):
// the weighted mean of the components present,
//
//	score = (4·radio + 4·speed multiplier + 2·voice) / (sum of the weights present),
//
// rounded half up. A component whose inputs were all missing is left out of
// both sums. A record with a value outside physical limits is noise and
// scores 0 (VerdictImplausible), as does a record of another kind or one
// with nothing to score. Pure and allocation-free.
func ScoreSession(r *datpin.Record) SessionScore {
	var s SessionScore
	if r.Kind != datpin.KindSession {
		s.Verdict = VerdictWrongKind
		return s
	}
	if bad := Implausible(r); bad != 0 {
		s.Verdict, s.Implausible = VerdictImplausible, bad
		return s
	}
	radio(r, &s.Radio)
	speed(r, &s.Speed)
	voice(r, &s.Voice)
	var sum int64
	if s.Radio.Present {
		sum += WeightRadio * int64(s.Radio.Score)
		s.Weight += WeightRadio
	}
	if s.Speed.Present {
		sum += WeightSpeed * int64(s.Speed.Multiplier)
		s.Weight += WeightSpeed
	}
	if s.Voice.Present {
		sum += WeightVoice * int64(s.Voice.Score)
		s.Weight += WeightVoice
	}
	if s.Weight == 0 {
		s.Verdict = VerdictNoInputs
		return s
	}
	s.Score = int32((sum + int64(s.Weight)/2) / int64(s.Weight))
	return s
}
