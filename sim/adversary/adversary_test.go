package adversary_test

import (
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/sim/adversary"
	"github.com/datpin/datpin/validator"
)

// TestPolicies checks what each misbehaving validator submits against the honest evaluation.
func TestPolicies(t *testing.T) {
	ev := validator.Evaluation{TokenID: 7, Score: 3000, EdgeScore: 8500, Reason: validator.ReasonScoreMismatch}
	for _, tc := range []struct {
		name string
		p    validator.Policy
		want uint16
	}{
		{"honest", validator.Honest, 3000},
		{"lazy", adversary.Lazy, 8500},
		{"always-high", adversary.AlwaysHigh, datpin.ScoreMax},
		{"colluding", adversary.Cartel, datpin.ScoreMax}, // 8500 + 2500, capped
		{"table", adversary.Colluding(map[uint64]uint16{7: 9100}), 9100},
		{"table-other", adversary.Colluding(map[uint64]uint16{8: 9100}), 3000},
	} {
		if got := tc.p.Score(ev); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
		if p, ok := adversary.ByName(tc.name); ok && p.Name() != tc.name {
			t.Errorf("ByName(%q) is %q", tc.name, p.Name())
		}
	}
	low := validator.Evaluation{EdgeScore: 4000}
	if got := adversary.Cartel.Score(low); got != 4000+adversary.CartelBonus {
		t.Errorf("cartel on a claim of 4000: %d", got)
	}
	if _, ok := adversary.ByName("generous"); ok {
		t.Error("an unknown behaviour has a policy")
	}
}
