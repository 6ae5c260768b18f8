// Package eval runs simulated networks on the embedded chain and measures fraud detection end to
// end against the simulator's answer key.
//
// The scenario runner is shared with package demo: Start deploys the contracts on an embedded
// chain, stakes a committee of validators (each with its own key and age identity) and starts
// one edge agent for the operator; StartSimulation simulates a network with package sim, a large
// one as several towns in parallel; Scenario.Anchor feeds the towns' records to the agent as they
// are ready, a day per evaluation round; Scenario.Evaluate moves the chain's clock through each
// round's windows and polls every member's validator.Daemon — the daemon `datpin validator`
// runs, with its own state file — which evaluates the round's tokens, commits, reveals and (the
// first member) finalizes; the validators run concurrently, as independent parties.
//
// Run simulates a network with package sim (stations, handsets, sensors and labelled adversaries),
// feeds every station's and sensor's records through the edge agent, each under its own device
// key, onto an embedded chain with the datpin contracts (each day anchored in an evaluation round
// of its own), and has a committee of validators, each with its own key and age identity,
// evaluate every anchored contribution, commit and reveal their scores round by round, and
// finalize. Honest validators run validator.Honest; misbehaving ones run the daemon with a policy
// of sim/adversary: lazy (they commit the edge's claimed score without looking), always-high
// (10000 for everything) or colluding (one agreed vector for the whole cartel: the edge's claim
// plus adversary.CartelBonus).
//
// Each token's outcome is set against the ground truth. A station's token is penalized when the
// agreed score (the oracle's median, finalized or rejected) is more than PenaltyShare below the
// edge's tentative score: a rejection by a cross-check, a down-weighting by trust, or an outlier
// edge claim corrected. The edge itself cuts a sensor day in proportion to the hours a fault
// spoils, so its claim is no reference for a sensor: a sensor's token is penalized when the
// honest validators give it a sensor reason (validator.ReasonSensor*) or its agreed score is more
// than PenaltyShare below the score of a clean series that day, the median edge score of the
// honest sensors' tokens of the epoch (every simulated sensor follows one climate model, hourly
// all day; without an honest sensor that day the edge's claim is the reference). The rule is the
// same for honest sensors, whose penalized tokens are false positives. For each adversary kind,
// the instances are its tokens (for a sensor kind,
// the sensor's tokens whose epoch holds an observable defect: at least SensorStuckRun hours of a
// stuck run, one out-of-range reading, one spike); recall is the share of instances penalized and
// precision the share of penalized tokens, among the instances and the honest tokens of the same
// device class (stations or sensors), that are instances. Spearman's rank correlation compares,
// over honest stations, the mean agreed score of their tokens with their true quality.
package eval
