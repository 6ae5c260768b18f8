package demo_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/datpin/datpin/demo"
)

// The demo anchors one contribution per station-day, finalizes good stations, rejects dead zones,
// and pays the whole emission out to the operator.
func TestRun_EndToEnd(t *testing.T) {
	rep, err := demo.Run(context.Background(), demo.Options{Stations: 12, Validators: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Contributions != 12 {
		t.Fatalf("contributions %d, want 12 (one per station-day)", rep.Contributions)
	}
	reasons := 0
	for _, n := range rep.RejectedByReason {
		reasons += n
	}
	if reasons != rep.Rejected {
		t.Fatalf("rejections by reason %v add up to %d, want %d", rep.RejectedByReason, reasons, rep.Rejected)
	}
	if rep.Finalized+rep.Rejected != rep.Contributions {
		t.Fatalf("finalized %d + rejected %d != %d: some tokens stayed pending", rep.Finalized, rep.Rejected, rep.Contributions)
	}
	for _, s := range append(rep.Top, rep.Bottom...) {
		switch s.Profile {
		case "excellent", "good":
			if s.Status != "finalized" {
				t.Errorf("%s station %s is %s, want finalized", s.Profile, s.Station, s.Status)
			}
		case "dead-zone":
			if s.Status != "rejected" {
				t.Errorf("dead-zone station %s is %s, want rejected", s.Station, s.Status)
			}
		}
	}
	settled, _ := new(big.Int).SetString(rep.RewardsSettled, 10)
	claimed, _ := new(big.Int).SetString(rep.RewardsClaimed, 10)
	if settled.Sign() == 0 || claimed.Cmp(settled) > 0 || new(big.Int).Sub(settled, claimed).Cmp(big.NewInt(1000)) > 0 {
		t.Fatalf("claimed %v of %v settled; want all of it but rounding dust", claimed, settled)
	}
	for _, v := range rep.Validators {
		if v.Agreements == 0 || v.Faults != 0 {
			t.Errorf("honest validator %s: %d agreements, %d faults", v.Address, v.Agreements, v.Faults)
		}
	}
}
