package quality

import (
	"strings"

	"github.com/datpin/datpin"
)

// Rules names this rule set. Validators that agree on Rules compute the same
// score, bit for bit, from the same records; any change to a threshold,
// weight or formula must change it.
const Rules = "datpin-quality/3"

// Inputs is a set of record inputs, used by explanations to say which
// inputs a score used, which were missing and which were implausible.
type Inputs uint32

const (
	InRSRP Inputs = 1 << iota
	InRSRQ
	InSINR
	InRSSI
	InNRRSRP
	InNRRSRQ
	InDown
	InUp
	InLatency
	InJitter
	InLoss
	InSessions
	InDevices
	InValue
	InPosition
	InSpeed
	InCQI
	InQuantity
	inputCount = iota
)

var inputNames = [inputCount]string{
	"rsrp", "rsrq", "sinr", "rssi", "nr_rsrp", "nr_rsrq", "down", "up", "latency", "jitter", "loss",
	"sessions", "devices", "value", "position", "speed", "cqi", "quantity",
}

// String lists the inputs by name, comma-separated, in a fixed order.
func (in Inputs) String() string {
	if in == 0 {
		return "none"
	}
	var b strings.Builder
	for i := 0; i < inputCount; i++ {
		if in&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(inputNames[i])
		}
	}
	return b.String()
}

// Window is a half-open time range [Start, End) in Unix milliseconds: the
// period a batch covers, usually one UTC day (one datpin epoch).
type Window struct {
	Start, End int64
}

// DayMs is the length of a day, the default datpin epoch, in milliseconds.
const DayMs = 86_400_000

// Epoch returns the window of datpin epoch e with the default epoch length
// of one day: [e·86400 s, (e+1)·86400 s).
func Epoch(e uint32) Window { return EpochWindow(e, DayMs/1000) }

// EpochWindow returns the window of epoch e for epochs of lengthSec seconds:
// [e·lengthSec, (e+1)·lengthSec) in milliseconds. Edge and validators both
// score a contribution over it.
func EpochWindow(e uint32, lengthSec int64) Window {
	start := int64(e) * lengthSec * 1000
	return Window{Start: start, End: start + lengthSec*1000}
}

// DayOf returns the UTC day that contains the Unix millisecond t.
func DayOf(t int64) Window {
	d := t / DayMs
	if t%DayMs < 0 {
		d--
	}
	return Window{Start: d * DayMs, End: (d + 1) * DayMs}
}

// Contains reports whether t lies in w.
func (w Window) Contains(t int64) bool { return t >= w.Start && t < w.End }

func (w Window) valid() bool { return w.End > w.Start }

// Slots is the number of equal slots a window is cut into for coverage and
// uptime: 24, an hour each for a day window.
const Slots = 24

// slot returns the slot of t (which must lie in w), 0..Slots-1.
func (w Window) slot(t int64) int {
	// (t-Start)*24 cannot overflow for windows shorter than ~12 million years.
	span := uint64(w.End - w.Start)
	off := uint64(t - w.Start)
	if span <= 1<<58 {
		return int(off * Slots / span)
	}
	return int(off / (span/Slots + 1))
}

// slotCache remembers the bounds of the last slot looked up: consecutive
// samples nearly always fall in the same hour, and a 64-bit division per
// record is a measurable share of scoring.
type slotCache struct {
	lo, hi int64 // [lo, hi) is slot n
	n      int
}

func (c *slotCache) slot(w Window, t int64) int {
	if t >= c.lo && t < c.hi {
		return c.n
	}
	n := w.slot(t)
	span := uint64(w.End - w.Start)
	if span <= 1<<58 {
		// Slot n holds the t with (t-Start)*Slots in [n*span, (n+1)*span).
		c.lo = w.Start + int64((uint64(n)*span+Slots-1)/Slots)
		c.hi = w.Start + int64((uint64(n+1)*span+Slots-1)/Slots)
	} else {
		c.lo, c.hi = t, t+1
	}
	c.n = n
	return n
}

// Dropped counts the records a batch function set aside before scoring.
type Dropped struct {
	WrongKind   int32 // not the record kind the function scores
	OutOfWindow int32 // time outside the batch's window
	Implausible int32 // a measured value outside physical limits: noise, not data
	Duplicate   int32 // same device (or station) and same timestamp as a kept record
}

// Total returns the number of dropped records.
func (d Dropped) Total() int32 { return d.WrongKind + d.OutOfWindow + d.Implausible + d.Duplicate }

// clamp limits v to 0..ScoreMax.
func clamp(v int64) int32 {
	if v < 0 {
		return 0
	}
	if v > datpin.ScoreMax {
		return datpin.ScoreMax
	}
	return int32(v)
}

// divRound divides a by b > 0, rounding half away from zero.
func divRound(a, b int64) int64 {
	if a >= 0 {
		return (a + b/2) / b
	}
	return -((-a + b/2) / b)
}

// fnv64 is FNV-1a, used to group records by device without maps.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
