// Package quality scores datpin records: a pure, deterministic library whose
// results every validator reproduces bit for bit from the same records.
//
// All arithmetic is on integers (no floating point), nothing reads the clock
// and nothing depends on map order or on the order of the input: a batch
// scores the same however its records are permuted. Scores are basis points,
// 0..datpin.ScoreMax (10000). The rule set is named by Rules; see
// docs/SCORING.md for every rule and threshold.
//
// Entry points, by record kind:
//
//	ScoreSession(&r)                  one session sample: radio, speed and voice components
//	(*Scorer).ScoreBatch(recs, w)     a batch of sessions, e.g. one station-day from many devices
//	(*Scorer).ScoreCrowd(recs, w)     handsets' drive and static tests, complete when their sessions are
//	(*Scorer).ScoreUptime(recs, w)    a station's heartbeats over a window
//	(*Scorer).ScoreSensors(recs, w, c) sensor readings, scored per device and quantity
//
// A whole contribution is scored by ScoreContribution according to its kind, which KindOf
// derives from the records: a StationDay (heartbeats, with the sessions the station served),
// a CrowdMeasurement (sessions without a heartbeat) or a SensorSeries.
// An anchored contribution is scored by ScorePackage from the public records of its package:
// the edge and every validator call it, so they agree bit for bit.
//
// and the components on their own: Radio (tiers by the minimum rule), Speed
// (throughput/latency tiers), Voice (the ITU-T G.107 E-model) and
// Implausible (the noise filter's physical limits).
//
// Every result explains itself: the inputs used and missing, each component
// with its tier or multiplier, what the noise filter dropped and why. The
// String methods render that for people.
//
// A window is a half-open range of Unix milliseconds; the zero Window means
// the UTC day of the earliest record of the kind scored (Epoch gives the
// window of a datpin epoch). Records outside it are dropped and counted.
//
// Keep a Scorer per goroutine and reuse it: after warming up its methods
// allocate nothing. The package-level ScoreBatch, ScoreUptime and
// ScoreSensors use a fresh Scorer each call. SensorScore.Series belongs to
// the Scorer and is overwritten by its next call.
package quality
