package quality

import (
	"math/bits"

	"github.com/datpin/datpin"
)

// Uptime rules.
const (
	// MinUptimeSlots is the fewest slots (hours of a day) with a heartbeat
	// for a station to score above 0: half the day.
	MinUptimeSlots = 12
	// ServedBusy is the number of sessions (or attached devices) in the
	// window from which a station counts as fully serving.
	ServedBusy = 10
	// Multipliers of a station that served ServedBusy or more, at least
	// one, and no session or device at all.
	ServedBusyMult = 10000
	ServedSomeMult = 9000
	ServedIdleMult = 8000
)

// UptimeScore is the score of a station's heartbeats over a window.
type UptimeScore struct {
	Score      int32 // Base × Served / ScoreMax
	Verdict    Verdict
	Base       int32 // slots up / 24, basis points (0 below MinUptimeSlots)
	Served     int32 // served multiplier, basis points
	SlotsUp    int32 // slots of the window with at least one heartbeat
	Window     Window
	Records    int32
	Kept       int32 // heartbeats counted
	Dropped    Dropped
	Stations   int32 // distinct stations among the kept heartbeats (1 for a well-formed batch)
	Sessions   int64 // sessions served (sum over heartbeats)
	Devices    int32 // most devices attached at one heartbeat
	ServedSeen bool  // some heartbeat reported sessions or devices
	Missing    Inputs
}

// ScoreUptime scores a station's heartbeats over window w (zero: the UTC
// day of the earliest heartbeat) with a fresh Scorer. See
// (*Scorer).ScoreUptime.
func ScoreUptime(recs []datpin.Record, w Window) UptimeScore {
	var s Scorer
	return s.ScoreUptime(recs, w)
}

// ScoreUptime scores a station's heartbeats over window w:
//
//   - noise filtering as for sessions: other kinds, heartbeats outside the
//     window or with values outside physical limits are dropped, and of
//     several heartbeats of one station (StationID, else DeviceID) at the same
//     millisecond one is kept;
//   - uptime: slots (hours) of the window with at least one heartbeat; the
//     base is slots·10000/24, and 0 below 12 of 24;
//   - served: max(total sessions, most devices at once) of ≥ 10 keeps the
//     base, 1..9 gives 90 %, 0 gives 80 % (up but unused); if no heartbeat
//     reports sessions or devices the base is kept and they are listed as
//     missing.
//
// The result does not depend on the order of recs.
func (s *Scorer) ScoreUptime(recs []datpin.Record, w Window) UptimeScore {
	var u UptimeScore
	u.Records = int32(len(recs))
	w, u.Verdict, u.Dropped = window(recs, w, datpin.KindHeartbeat)
	u.Window = w
	if u.Verdict != VerdictScored {
		if u.Verdict == VerdictNoInputs {
			u.Verdict = VerdictBelowUptime
		}
		return u
	}
	ents := s.ents[:0]
	for i := range recs {
		r := &recs[i]
		switch {
		case r.Kind != datpin.KindHeartbeat:
			u.Dropped.WrongKind++
			continue
		case !w.Contains(r.Time):
			u.Dropped.OutOfWindow++
			continue
		case Implausible(r) != 0:
			u.Dropped.Implausible++
			continue
		}
		// Payload: sessions and devices (+1, 0 when missing), so that among
		// duplicates the one reporting less is kept.
		p := uint64(w.slot(r.Time)) << 58
		if r.Sessions != datpin.Missing {
			p |= uint64(r.Sessions+1) << 29
		}
		if r.Devices != datpin.Missing {
			p |= uint64(r.Devices + 1)
		}
		ents = append(ents, entry{dev: fnv64(stationID(r)), t: r.Time, payload: p, idx: uint32(i)})
	}
	s.ents = ents
	kept := s.dedup(recs, stationID)
	u.Dropped.Duplicate = int32(len(ents) - kept)
	ents = ents[:kept]
	u.Kept = int32(kept)
	var slots uint32
	for i := range ents {
		p := ents[i].payload
		if i == 0 || ents[i].dev != ents[i-1].dev {
			u.Stations++
		}
		slots |= 1 << (p >> 58)
		if v := int64(p >> 29 & (1<<29 - 1)); v > 0 {
			u.Sessions += v - 1
			u.ServedSeen = true
		}
		if v := int32(p & (1<<29 - 1)); v > 0 {
			u.Devices = max(u.Devices, v-1)
			u.ServedSeen = true
		}
	}
	u.SlotsUp = int32(bits.OnesCount32(slots))
	switch served := max(u.Sessions, int64(u.Devices)); {
	case !u.ServedSeen:
		u.Served = ServedBusyMult
		u.Missing = InSessions | InDevices
	case served >= ServedBusy:
		u.Served = ServedBusyMult
	case served > 0:
		u.Served = ServedSomeMult
	default:
		u.Served = ServedIdleMult
	}
	if u.SlotsUp < MinUptimeSlots {
		u.Verdict = VerdictBelowUptime
		return u
	}
	u.Base = u.SlotsUp * datpin.ScoreMax / Slots
	u.Score = int32(int64(u.Base) * int64(u.Served) / datpin.ScoreMax)
	return u
}

// stationID is the id a heartbeat's station goes by.
func stationID(r *datpin.Record) string {
	if r.StationID != "" {
		return r.StationID
	}
	return r.DeviceID
}
