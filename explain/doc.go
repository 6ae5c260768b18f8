// Package explain builds receipts anyone can recompute: for one contribution (a token), every
// input of its score and reward, and whether computing it again gives what the chain holds.
//
// A Receipt holds the contribution as anchored, the edge's tentative score, the round's
// validators with their revealed scores and weights, the stake-weighted median computed again
// step by step (WeightedMedian, exactly as QualityOracle computes it), the oracle's decision and
// parameters, the reason codes of a rejection, the validators' faults, the rewards and sale
// proceeds the token received, and the scoring rules' version registered on chain for its round
// against this build's (quality.RulesHash).
//
// With a content store and an age identity that opens packages (a validator's; or a station
// operator's, which opens its own), the Explainer fetches the package by its CID and recomputes
// the score with the code validators run: the quality score rule by rule (Breakdown, over
// quality.ScorePackage's inputs), and an honest validator's evaluation (validator.EvaluateBatch:
// the integrity checks and the cross-checks), obtained by replaying every round from the
// deployment's first token in order, each against the history the earlier rounds left. The
// replay is kept, so explaining later tokens replays only the rounds after. With the station's
// agent state it also recomputes the edge's score from the plaintext records (agent.Rescore).
//
// Criteria lists every rule, threshold and reason code a contribution can meet, with an example
// each; CriteriaMarkdown writes docs/CRITERIA.md from it.
package explain
