package validator

import "testing"

// TestReal_Physics reports, for each physics check, the worst honest real station-day against
// its threshold.
func TestReal_Physics(t *testing.T) {
	bs := loadReal(t)
	for _, b := range bs {
		if r := checkPhysics(b.recs); r.reason() != "" {
			t.Errorf("honest station %s epoch %d: %s (%+v)", b.station, b.epoch, r.reason(), r)
		}
	}
	worst := physicsFacts{}
	for _, b := range bs {
		worst = worst.worse(checkPhysics(b.recs))
	}
	t.Logf("worst honest figures: %+v", worst)
}
