package quality

import "github.com/datpin/datpin"

// SpeedTier is a throughput/latency tier, after Helium's speedtest tiers.
type SpeedTier uint8

const (
	SpeedFail SpeedTier = iota
	SpeedPoor
	SpeedDegraded
	SpeedAcceptable
	SpeedGood
)

var speedTierNames = [...]string{"fail", "poor", "degraded", "acceptable", "good"}

func (t SpeedTier) String() string {
	if int(t) < len(speedTierNames) {
		return speedTierNames[t]
	}
	return "invalid"
}

// Multiplier returns the tier's multiplier in basis points: 0, 2500, 5000,
// 7500, 10000.
func (t SpeedTier) Multiplier() int32 { return int32(t) * 2500 }

// Lowest values of the good, acceptable, degraded and poor tiers.
var (
	downKbps = [4]int64{100_000, 75_000, 50_000, 30_000}
	upKbps   = [4]int64{10_000, 8_000, 5_000, 2_000}
)

// Latency bounds, 0.1 ms: good below 50 ms, acceptable below 60, degraded
// below 75, poor below 100, fail from 100 ms.
var latencyMs10 = [4]int64{500, 600, 750, 1000}

// loadRatio: a direction counts as loaded only if its rate is at least
// 1/loadRatio of the other direction's. TCP acknowledgements of a download
// are 1-3 % of its rate; they say nothing about the uplink's capacity.
const loadRatio = 20

// MinLoadKbps is the least total traffic (down + up, kbit/s) of a sample
// whose throughput is scored: below it the device was exchanging keep-alive
// traffic, which says nothing about what the link could carry.
const MinLoadKbps = 1000

func rateTier(v int64, th *[4]int64) SpeedTier {
	switch {
	case v >= th[0]:
		return SpeedGood
	case v >= th[1]:
		return SpeedAcceptable
	case v >= th[2]:
		return SpeedDegraded
	case v >= th[3]:
		return SpeedPoor
	}
	return SpeedFail
}

func latencyTier(v int64) SpeedTier {
	switch {
	case v < latencyMs10[0]:
		return SpeedGood
	case v < latencyMs10[1]:
		return SpeedAcceptable
	case v < latencyMs10[2]:
		return SpeedDegraded
	case v < latencyMs10[3]:
		return SpeedPoor
	}
	return SpeedFail
}

// SpeedResult explains a throughput/latency tier.
type SpeedResult struct {
	Tier       SpeedTier
	Multiplier int32 // the tier's multiplier, basis points (0 when not Present)
	Present    bool  // at least one metric was scored
	Worst      Inputs
	Used       Inputs
	Missing    Inputs
	Unloaded   Inputs // throughputs measured but not scored: idle device or direction not under load
	Down       SpeedTier
	Up         SpeedTier
	Latency    SpeedTier
}

// Speed tiers a session record's download, upload and latency, each by
// Helium-style thresholds, and takes the minimum. Throughput only tells
// capacity when the link is loaded, so a throughput is scored only when the
// device was active, the sample carried at least MinLoadKbps in all, and
// that direction carried at least 1/20 of the other's rate; otherwise it is
// listed in Unloaded. Latency is scored whenever
// measured. With nothing scored, Present is false.
func Speed(r *datpin.Record) SpeedResult {
	var res SpeedResult
	speed(r, &res)
	return res
}

// speed fills a zero SpeedResult in place.
func speed(r *datpin.Record, res *SpeedResult) {
	res.Tier = SpeedGood
	down, up := int64(r.DownKbps), int64(r.UpKbps)
	haveDown, haveUp := r.DownKbps != datpin.Missing, r.UpKbps != datpin.Missing
	total := int64(0)
	if haveDown {
		total += down
	}
	if haveUp {
		total += up
	}
	loaded := r.Active && total >= MinLoadKbps
	if !haveDown {
		res.Missing |= InDown
	} else if loaded && (!haveUp || down*loadRatio >= up) {
		res.Down = rateTier(down, &downKbps)
		res.take(InDown, res.Down)
	} else {
		res.Unloaded |= InDown
	}
	if !haveUp {
		res.Missing |= InUp
	} else if loaded && (!haveDown || up*loadRatio >= down) {
		res.Up = rateTier(up, &upKbps)
		res.take(InUp, res.Up)
	} else {
		res.Unloaded |= InUp
	}
	if r.LatencyMs10 == datpin.Missing {
		res.Missing |= InLatency
	} else {
		res.Latency = latencyTier(int64(r.LatencyMs10))
		res.take(InLatency, res.Latency)
	}
	if !res.Present {
		res.Tier = SpeedFail
		return
	}
	res.Multiplier = res.Tier.Multiplier()
}

// take records a scored metric, keeping the first worst one.
func (res *SpeedResult) take(in Inputs, t SpeedTier) {
	if t < res.Tier || !res.Present {
		res.Tier, res.Worst = t, in
	}
	res.Used |= in
	res.Present = true
}
