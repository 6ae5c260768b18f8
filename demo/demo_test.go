package demo_test

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin/demo"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/validator"
)

// The demo anchors one contribution per station-day of the simulated network, decides every one
// of them, pays the whole emission out to the holder, and its honest validators agree.
func TestRun_EndToEnd(t *testing.T) {
	rep, err := demo.Run(context.Background(), demo.Options{Stations: 12, Devices: 30, Validators: 3, Seed: 7, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Contributions != 12 || rep.Towns != 1 {
		t.Fatalf("contributions %d in %d towns, want 12 (one per station-day) in one", rep.Contributions, rep.Towns)
	}
	reasons := 0
	for _, n := range rep.RejectedByReason {
		reasons += n
	}
	if reasons != rep.Rejected {
		t.Fatalf("rejections by reason %v add up to %d, want %d", rep.RejectedByReason, reasons, rep.Rejected)
	}
	if rep.Finalized+rep.Rejected != rep.Contributions || rep.Finalized == 0 {
		t.Fatalf("finalized %d + rejected %d != %d: some tokens stayed pending", rep.Finalized, rep.Rejected, rep.Contributions)
	}
	for i, s := range rep.Top {
		if len(s.Labels) > 0 {
			t.Errorf("station %s labelled %v in an honest network", s.Station, s.Labels)
		}
		if i > 0 && s.ShareRatio > rep.Top[i-1].ShareRatio {
			t.Errorf("top not ordered by share: %+v", rep.Top)
		}
		if s.Status != "finalized" {
			continue
		}
		// The oracle's rule: shareRatio = records × agreed score; the reward follows the share.
		reward, _ := new(big.Int).SetString(s.Reward, 10)
		if s.ShareRatio != uint64(s.Records)*uint64(s.Score) || reward == nil || reward.Sign() <= 0 {
			t.Errorf("finalized %+v: share or reward wrong", s)
		}
	}
	for _, s := range rep.Bottom {
		if s.Status == "rejected" && (s.Reason == "" || s.Reward != "0") {
			t.Errorf("rejected %+v: no reason, or a reward", s)
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
	if rep.Receipts.Recomputed != rep.Finalized || rep.Receipts.Matching != rep.Finalized || rep.Explainer() == nil {
		t.Errorf("receipts %+v of %d finalized", rep.Receipts, rep.Finalized)
	}
	checkMarket(t, rep)
}

// checkMarket asserts the data sale and the FreeData plans that follow the settlement: every
// delivered record verified and exported, the holder paid, the protocol fee in the vault, and
// every subscriber's credit paid by the yield alone.
func checkMarket(t *testing.T, rep *demo.Report) {
	t.Helper()
	m, fd := rep.Market, rep.FreeData
	if m == nil || fd == nil {
		t.Fatalf("no market or freedata in the report")
	}
	paid, _ := new(big.Int).SetString(m.PaidToHolders, 10)
	fee, _ := new(big.Int).SetString(m.ProtocolFee, 10)
	if m.Purchases != 1 || m.VerifiedRecords == 0 || m.VerifiedRecords != m.Records || m.UnverifiedRecords != 0 ||
		uint64(m.ExportedRows) != m.VerifiedRecords || paid == nil || paid.Sign() <= 0 || fee == nil || fee.Sign() <= 0 {
		t.Fatalf("market %+v", m)
	}
	if fd.FeeRevenue != m.ProtocolFee || fd.Subscribers != len(fd.Plans) || fd.Subscribers == 0 || fd.CreditGB <= 0 {
		t.Fatalf("freedata %+v", fd)
	}
	throttled := 0
	for _, p := range fd.Plans {
		dep, _ := new(big.Int).SetString(p.Deposit, 10)
		principal, _ := new(big.Int).SetString(p.Principal, 10)
		// The principal is the deposit less the vault's rounding, at most a unit.
		if p.CreditGB <= 0 || p.UsedGB > p.CreditGB || p.UsedGB > p.MeteredGB || new(big.Int).Sub(dep, principal).CmpAbs(big.NewInt(1)) > 0 {
			t.Errorf("plan %+v", p)
		}
		if p.Throttled != (p.MeteredGB > p.CreditGB) {
			t.Errorf("plan %+v: throttled iff metered beyond the credit", p)
		}
		if p.Throttled {
			throttled++
		}
	}
	if throttled != fd.Throttled {
		t.Errorf("%d plans throttled, the report says %d", throttled, fd.Throttled)
	}
}

// NoMarket stops after the settlement.
func TestRun_NoMarket(t *testing.T) {
	rep, err := demo.Run(context.Background(), demo.Options{Stations: 12, Devices: 30, Validators: 3, Seed: 7, NoMarket: true, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Market != nil || rep.FreeData != nil || rep.Finalized == 0 {
		t.Fatalf("market %+v, freedata %+v with NoMarket", rep.Market, rep.FreeData)
	}
}

// With adversaries, the cheats are labelled and the validators penalize some of them.
func TestRun_Adversaries(t *testing.T) {
	rep, err := demo.Run(context.Background(), demo.Options{Stations: 30, Devices: 60, Sensors: 7, Validators: 3, Seed: 3, Adversaries: true, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Contributions != 37 {
		t.Fatalf("contributions %d, want 37", rep.Contributions)
	}
	// A cross-check names its reason; quality alone would only say below-threshold.
	if rep.Rejected-rep.RejectedByReason["below-threshold"] == 0 {
		t.Fatalf("rejected %d by %v: no cheat caught", rep.Rejected, rep.RejectedByReason)
	}
}

var quiet = slog.New(slog.DiscardHandler)

// The default CLI run has a cheater of each station kind: each is listed with its outcome, and
// every one counted as caught was rejected with a validator's reason or cut by a tenth.
func TestRun_Cheaters(t *testing.T) {
	rep, err := demo.Run(context.Background(), demo.Options{Stations: 30, Validators: 3, Seed: 2, Cheaters: 1, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	caught, named := 0, 0
	for _, c := range rep.Cheaters {
		for _, l := range c.Labels {
			kinds[l] = true
		}
		switch {
		case c.Status == "rejected":
			if c.Reason != "" && c.Reason != "below-threshold" {
				named++
			}
			caught++
		case 10*int(c.Score) < 9*int(c.EdgeScore):
			caught++
		}
	}
	if named == 0 {
		t.Errorf("no cheater rejected with a cross-check's reason: %+v", rep.Cheaters)
	}
	if len(kinds) != 4 || !kinds["location-spoof"] || !kinds["claim-inflation"] || !kinds["replay"] || !kinds["sybil"] {
		t.Fatalf("cheaters labelled %v, want one of each station kind", kinds)
	}
	if rep.Caught != caught || caught == 0 {
		t.Fatalf("caught %d, recounted %d of %d", rep.Caught, caught, len(rep.Cheaters))
	}
}

// The demo's receipts are recomputed from the chain and the packages: a sample matches the chain,
// and one byte changed in a stored package makes its receipt stop matching.
func TestRun_ReceiptsSeeAChangedPackage(t *testing.T) {
	dir := t.TempDir()
	checked := false
	_, err := demo.Run(context.Background(), demo.Options{Stations: 8, Devices: 24, Validators: 3, Seed: 3, NoMarket: true, Dir: dir, Log: quiet,
		Serve: func(ctx context.Context, _ *evm.Chain, _ *evm.Suite, rep *demo.Report) error {
			checked = true
			if rep.Receipts.Recomputed != rep.Finalized || rep.Receipts.Matching != rep.Finalized || rep.Finalized == 0 {
				t.Fatalf("receipts %+v of %d finalized", rep.Receipts, rep.Finalized)
			}
			var sample []uint64
			for _, s := range rep.Top {
				if s.Status == "finalized" && len(sample) < 3 {
					sample = append(sample, s.TokenID)
				}
			}
			ex := rep.Explainer()
			rs, err := ex.Receipts(ctx, sample)
			if err != nil {
				return err
			}
			for i, r := range rs {
				if !r.Recomputed.Matches || r.Median == nil || r.Median.Value != rep.Top[i].Score {
					t.Fatalf("token %d: %+v, median %+v; want the chain's %d", r.Token, r.Recomputed, r.Median, rep.Top[i].Score)
				}
			}
			cid := rs[0].Contribution.CID
			path := filepath.Join(dir, "blocks", cid[len(cid)-2:], cid)
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			b[len(b)-1] ^= 0x40
			if err := os.WriteFile(path, b, 0o644); err != nil {
				return err
			}
			r, err := ex.Receipt(ctx, sample[0])
			if err != nil {
				return err
			}
			if r.Recomputed.Matches || r.Recomputed.Validator.Reason != validator.ReasonCIDMismatch {
				t.Fatalf("after a byte changed: %+v; want a cid-mismatch that does not match the chain", r.Recomputed)
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if !checked {
		t.Fatal("the demo did not reach its end")
	}
}
