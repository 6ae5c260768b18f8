package propagation

import (
	"math"
	"testing"
)

// TestPathLoss checks COST-231 Hata against values worked out by hand from the formula and its
// monotony in distance.
func TestPathLoss(t *testing.T) {
	// Worked by hand: 46.3 + 33.9·log10(1800) − 13.82·log10(30) − a(1.5) + 3 at 1 km, plus
	// (44.9 − 6.55·log10(30))·log10(d) beyond; below 50 m the distance is clamped.
	for _, tc := range []struct{ dKm, want float64 }{{1, 139.20}, {10, 174.42}, {0.05, 93.37}, {0.01, 93.37}} {
		if got := Default.PathLossDB(tc.dKm); math.Abs(got-tc.want) > 0.01 {
			t.Errorf("PathLossDB(%v) = %.3f, want %.2f", tc.dKm, got, tc.want)
		}
	}
	prev := Default.PathLossDB(0.05)
	for d := 0.1; d < 30; d *= 1.3 {
		if l := Default.PathLossDB(d); l <= prev {
			t.Fatalf("PathLossDB(%.3f) = %.2f not above %.2f", d, l, prev)
		} else {
			prev = l
		}
	}
	if got, want := Default.MedianRSRPdBm(1), Default.RSEPREdBm+Default.AntennaGainDB-Default.PathLossDB(1); got != want {
		t.Fatalf("MedianRSRPdBm(1) = %v, want %v", got, want)
	}
}
