package explain

import (
	"math/big"
)

// MedianMethod says how the oracle agrees on a score.
const MedianMethod = "stake-weighted median of the revealed scores: sorted ascending (ties in the order the validators committed), " +
	"the first score at which the cumulative weight reaches half the total weight; at exactly half, the mean of it and the next score (rounded down)"

// Vote is one revealed score with the weight of its validator in the round.
type Vote struct {
	Validator string
	Score     uint16
	Weight    *big.Int
}

// MedianStep is one score in the order the median walks them.
type MedianStep struct {
	Validator  string `json:"validator"`
	Score      uint16 `json:"score"`
	Weight     string `json:"weight"`
	Cumulative string `json:"cumulative"`
}

// Median is the oracle's agreed score computed again from the reveals, with its steps.
type Median struct {
	Method      string       `json:"method"`
	TotalWeight string       `json:"totalWeight"`
	Steps       []MedianStep `json:"steps"`
	// At is the step at which the cumulative weight reached half the total; Mean says the
	// cumulative weight was exactly half there, so the value is the mean of it and the next.
	At    int    `json:"at"`
	Mean  bool   `json:"mean"`
	Value uint16 `json:"value"`
}

// WeightedMedian computes the oracle's stake-weighted median of votes, given in the order their
// validators committed to the round, exactly as QualityOracle._weightedMedian does (insertion
// sort, so equal scores keep that order). ok is false without a vote or with no weight.
func WeightedMedian(votes []Vote) (m Median, ok bool) {
	sorted := make([]Vote, 0, len(votes))
	total := new(big.Int)
	for _, v := range votes {
		pos := len(sorted)
		for pos > 0 && sorted[pos-1].Score > v.Score {
			pos--
		}
		sorted = append(sorted, Vote{})
		copy(sorted[pos+1:], sorted[pos:])
		sorted[pos] = v
		total.Add(total, v.Weight)
	}
	m = Median{Method: MedianMethod, TotalWeight: total.String(), At: -1}
	if len(sorted) == 0 || total.Sign() == 0 {
		return m, false
	}
	cum := new(big.Int)
	twice := new(big.Int)
	for j, v := range sorted {
		cum.Add(cum, v.Weight)
		m.Steps = append(m.Steps, MedianStep{Validator: v.Validator, Score: v.Score, Weight: v.Weight.String(), Cumulative: cum.String()})
		if m.At >= 0 {
			continue
		}
		twice.Lsh(cum, 1)
		if c := twice.Cmp(total); c >= 0 {
			m.At = j
			if c == 0 && j+1 < len(sorted) {
				m.Mean = true
				m.Value = uint16((uint32(v.Score) + uint32(sorted[j+1].Score)) / 2)
			} else {
				m.Value = v.Score
			}
		}
	}
	return m, true
}
