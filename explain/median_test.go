package explain_test

import (
	"math/big"
	"testing"

	"github.com/datpin/datpin/explain"
)

func TestWeightedMedian(t *testing.T) {
	v := func(score uint16, w int64) explain.Vote { return explain.Vote{Score: score, Weight: big.NewInt(w)} }
	for _, c := range []struct {
		name  string
		votes []explain.Vote
		want  uint16
		at    int
		mean  bool
		ok    bool
	}{
		{"none", nil, 0, -1, false, false},
		{"no weight", []explain.Vote{v(5000, 0)}, 0, -1, false, false},
		{"one", []explain.Vote{v(5000, 3)}, 5000, 0, false, true},
		{"odd", []explain.Vote{v(7000, 1), v(5000, 1), v(6000, 1)}, 6000, 1, false, true},
		// Exactly half the weight at 6000: the mean of it and the next, rounded down.
		{"even", []explain.Vote{v(6000, 1), v(10000, 1), v(5000, 1), v(6001, 1)}, 6000, 1, true, true},
		{"half then mean", []explain.Vote{v(6001, 2), v(8000, 2)}, 7000, 0, true, true},
		// Stake decides, not heads: one validator with most of the stake.
		{"heavy", []explain.Vote{v(9000, 10), v(1000, 1), v(2000, 1), v(3000, 1)}, 9000, 3, false, true},
		{"past half", []explain.Vote{v(4000, 3), v(8000, 2)}, 4000, 0, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, ok := explain.WeightedMedian(c.votes)
			if ok != c.ok || m.Value != c.want || m.At != c.at || m.Mean != c.mean {
				t.Fatalf("got %d at %d (mean %v, ok %v); want %d at %d (mean %v, ok %v)", m.Value, m.At, m.Mean, ok, c.want, c.at, c.mean, c.ok)
			}
			for i := 1; i < len(m.Steps); i++ {
				if m.Steps[i].Score < m.Steps[i-1].Score {
					t.Fatalf("steps not sorted: %+v", m.Steps)
				}
			}
		})
	}
}
