// Package sim simulates a small decentralized wireless network, with
// adversaries, to exercise scoring, validators and fraud detection against
// a known answer.
//
// A run is deterministic: the same Config, seed included, gives the same
// records and ground truth byte for byte.
//
//	net, err := sim.Run(sim.Config{
//		Seed: 7, Stations: 20, Devices: 60, Sensors: 8, Days: 2,
//		Adversaries: map[sim.Kind]int{sim.LocationSpoof: 1, sim.Replay: 1, sim.StuckSensor: 1},
//	})
//	if err != nil { ... }
//	err = net.WriteJSONL("out") // out/station-*.jsonl, out/sensor-*.jsonl, out/ground-truth.json
//
// The JSONL files are what the agent ingests; ground-truth.json says, per
// station, where it really is, where it claims to be, its true quality in
// basis points and its adversary labels, and per sensor its labels and the
// time of its defects. Network.Records gives the same records in memory,
// per station or sensor and epoch (day).
//
// # Model
//
// Stations stand on distinct H3 resolution-8 cells within 4 km of the city
// centre (Cork by default). Handsets move by random waypoint within 5 km,
// walking (3.6–6 km/h) or driving (22–50 km/h), and every SampleSeconds each
// takes one sample from the station it receives strongest. Received power
// follows the COST-231 Hata urban model (PathLossDB: 1800 MHz, base station
// 30 m, handset 1.5 m) with log-normal shadowing of σ 8 dB; RSRP is the
// reference-signal power, SINR the best station's power over the others'
// (weighted by their load) plus thermal noise, throughput a capped
// Shannon rate shared with the diurnal load and limited by the station's
// backhaul (10–200 Mbit/s, log-uniform; slower links add up to 40 ms of
// latency), and latency, jitter and loss grow with load. Stations fail for 1–4 hours on about a third of days and
// send no heartbeat while down. Each station sends one heartbeat per hour on
// air with the sessions, devices and traffic it served. Sensors report
// temperature and humidity hourly: a diurnal sine with weather drift and
// noise.
//
// # Adversaries
//
// Config.Adversaries counts adversaries by Kind; each is labelled in the
// ground truth.
//
//   - LocationSpoof: asserts a location 4.5–6 km from its true one.
//   - ClaimInflation: heartbeats claim sessions and traffic no device reports.
//   - Replay: resubmits, once a day, an earlier hour's sessions of its own or
//     of another station, shifted to a later hour and slightly perturbed.
//   - Sybil: serves nothing; its records copy one honest station's, and it
//     asserts a cell of its own 300 m or more from that station.
//   - StuckSensor, SpikingSensor, OutOfRangeSensor: a constant run, isolated
//     jumps of 20 °C or more, readings above PlausibleMaxC.
//   - LazyValidator, AlwaysHighValidator, CollusionValidator: validator
//     labels only, listed in the ground truth for validator simulations.
package sim
