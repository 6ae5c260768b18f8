package index_test

import (
	"context"
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/predict"
	"github.com/datpin/datpin/validator"
)

func TestWhatIf_Fixture(t *testing.T) {
	f := indextest.Build(t)
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	if err := newIndexer(t, db, f.Suite, 0).CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	asset := f.Suite.Token.Hex()
	threshold := evm.DefaultConfig().Threshold

	t.Run("MeasuredCell", func(t *testing.T) {
		// Stations 4 and 5 share a region: 8000, 8100, 8200 and 2500 on 200 records each.
		st := f.Stations[4]
		w, err := db.WhatIfSite(ctx, index.CellString(st.Cell), index.WhatIfOptions{Asset: asset})
		if err != nil {
			t.Fatal(err)
		}
		if w.Resolution != 7 || w.DataCell != index.CellString(st.Region) || w.Score.Source != index.ScoreMeasured {
			t.Fatalf("site %+v", w)
		}
		scores := []float64{8000, 8100, 8200, 2500}
		var mean, ss float64
		for _, s := range scores {
			mean += s / 4
		}
		for _, s := range scores {
			ss += (s - mean) * (s - mean) / 4
		}
		if math.Abs(*w.Score.Expected-mean) > 1e-6 || math.Abs(*w.Score.Std-math.Sqrt(ss)) > 1e-6 || w.Score.Tokens != 4 || w.Score.Records != 800 {
			t.Errorf("score %+v; want mean %.1f std %.1f over 4 tokens", w.Score, mean, math.Sqrt(ss))
		}
		if *w.Score.Low != *w.Score.Expected-*w.Score.Std || *w.Score.High != min(*w.Score.Expected+*w.Score.Std, 10000) {
			t.Errorf("range %v..%v", *w.Score.Low, *w.Score.High)
		}
		if w.Density.Stations != 2 || w.Density.Contributing != 2 {
			t.Errorf("density %+v; want the two stations of the region", w.Density)
		}
		rw := w.Reward
		if rw == nil || rw.Records != uint64(f.Records) || rw.RecordsFrom != "median" || rw.Threshold != threshold {
			t.Fatalf("reward %+v", rw)
		}
		if want := float64(f.Records) * math.Floor(mean); rw.Share != want || rw.Value != uint64(math.Ceil(want/10000)) {
			t.Errorf("share %v value %d; want %v", rw.Share, rw.Value, want)
		}
		if low := mean - math.Sqrt(ss); low < float64(threshold) && rw.ShareLow != 0 {
			t.Errorf("low score %.0f below the threshold %d earns %v", low, threshold, rw.ShareLow)
		}
		// One settlement divided pro rata to share: every finalized token earned the same per share.
		var total uint64
		for id := f.First; id < f.First+uint64(f.Tokens()); id++ {
			if status, score := f.Expected(id); status == "finalized" {
				total += uint64(f.Records) * uint64(score)
			}
		}
		per, _ := new(big.Float).Quo(new(big.Float).SetInt(indextest.Emission()), new(big.Float).SetUint64(total)).Float64()
		if math.Abs(rw.PerShare-per)/per > 1e-6 || math.Abs(rw.PerShareLow-per)/per > 1e-6 || math.Abs(rw.PerShareHigh-per)/per > 1e-6 {
			t.Errorf("per share %v (%v..%v); want %v", rw.PerShare, rw.PerShareLow, rw.PerShareHigh, per)
		}
		if len(rw.BasisEpochs) != 2 || rw.BasisTokens == 0 {
			t.Errorf("basis %v, %d tokens", rw.BasisEpochs, rw.BasisTokens)
		}
		exp, _ := strconv.ParseFloat(rw.Expected, 64)
		if want := rw.Share * per; math.Abs(exp-want) > want*1e-6+1 {
			t.Errorf("expected reward %s; want %.0f", rw.Expected, want)
		}
		if len(w.Assumptions) < 4 {
			t.Errorf("assumptions %v", w.Assumptions)
		}

		w2, err := db.WhatIfSite(ctx, index.CellString(st.Region), index.WhatIfOptions{Records: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if w2.Reward.Records != 1000 || w2.Reward.RecordsFrom != "given" || w2.Reward.Expected != "0" || w2.Reward.Share != 1000*math.Floor(mean) {
			t.Errorf("given records, no asset: %+v", w2.Reward)
		}
	})

	t.Run("UnmeasuredCell", func(t *testing.T) {
		// Five measured regions: too few to fit a predictor.
		var empty uint64
		for _, n := range h3.Cell(f.Stations[0].Region).GridDisk(1) {
			if uint64(n) != f.Stations[0].Region && !isRegion(f, uint64(n)) {
				empty = uint64(n)
				break
			}
		}
		w, err := db.WhatIfSite(ctx, index.CellString(empty), index.WhatIfOptions{Asset: asset})
		if err != nil {
			t.Fatal(err)
		}
		if w.Score.Source != index.ScoreNone || w.Score.Expected != nil || w.Reward != nil || w.Reason == "" {
			t.Fatalf("site %+v", w)
		}
		if w.Density.Stations != 0 || w.Density.Ring < 1 {
			t.Errorf("density %+v; station 0's region is in the ring", w.Density)
		}
		if predict.MinSamples <= 5 {
			t.Fatalf("the fixture's five regions are meant to be too few (MinSamples %d)", predict.MinSamples)
		}
	})

	t.Run("BadCell", func(t *testing.T) {
		for _, c := range []string{"", "zz", "0", "1234", index.CellString(uint64(h3.Cell(f.Stations[0].Region).Parent(5)))} {
			if _, err := db.WhatIfSite(ctx, c, index.WhatIfOptions{}); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Errorf("cell %q: %v; want EINVALID", c, err)
			}
		}
		if _, err := db.WhatIfMove(ctx, f.Stations[0].Device.Address.Hex(), "zz", index.MoveOptions{}); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("move to a bad cell: %v", err)
		}
	})

	t.Run("UnknownStation", func(t *testing.T) {
		_, err := db.WhatIfMove(ctx, "0x00000000000000000000000000000000000000ab", index.CellString(f.Stations[0].Cell), index.MoveOptions{})
		if datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("%v; want ENOTFOUND", err)
		}
	})

	t.Run("MoveFar", func(t *testing.T) {
		far := h3.LatLngToCell(h3.NewLatLng(52.2, -8.47), 8) // ~33 km north
		st := f.Stations[0]
		m, err := db.WhatIfMove(ctx, st.Device.Address.Hex(), index.CellString(uint64(far)),
			index.MoveOptions{WhatIfOptions: index.WhatIfOptions{Asset: asset}, BaseFee: big.NewInt(7)})
		if err != nil {
			t.Fatal(err)
		}
		if m.From != index.CellString(st.Cell) || m.Gas != index.MoveGas || m.BaseFee != "7" || m.Cost != strconv.FormatUint(7*index.MoveGas, 10) {
			t.Errorf("move %+v", m)
		}
		h := m.History
		if h.Epochs != 2 || h.Finalized != 2 || h.FirstEpoch != f.Epochs[0] || h.LastEpoch != f.Epochs[1] || len(h.Cells) != 1 || h.FarKm == nil || *h.FarKm < 30 {
			t.Errorf("history %+v", h)
		}
		want := f.Epochs[0] + validator.HistoryKeepEpochs + 1
		if !m.Checks.StationFar || m.Checks.RejectedUntilEpoch != want || m.Checks.LostDays != int(want-f.Epochs[1]-1) || len(m.Checks.Notes) != 3 {
			t.Errorf("checks %+v; want rejections until epoch %d", m.Checks, want)
		}
		if m.Current == "0" || m.Site == nil || m.Site.Score.Source != index.ScoreNone {
			t.Errorf("current %s site %+v", m.Current, m.Site)
		}
	})

	t.Run("MoveNear", func(t *testing.T) {
		st := f.Stations[4] // to the region it shares with station 5: measured
		m, err := db.WhatIfMove(ctx, st.Device.Address.Hex(), index.CellString(f.Stations[5].Cell), index.MoveOptions{WhatIfOptions: index.WhatIfOptions{Asset: asset}})
		if err != nil {
			t.Fatal(err)
		}
		if m.Checks.StationFar || m.Checks.LostDays != 0 || m.Cost != "" || m.BaseFee != "" {
			t.Errorf("near move %+v", m)
		}
		if m.Site.Score.Source != index.ScoreMeasured || m.Site.Reward == nil || m.Site.Reward.Records != uint64(f.Records) {
			t.Errorf("site %+v", m.Site)
		}
	})

	t.Run("Gas", func(t *testing.T) {
		// MoveGas against DeviceRegistry.move on the embedded chain.
		st := f.Stations[1]
		cell := uint64(h3.LatLngToCell(h3.NewLatLng(51.95, -8.40), 8))
		deadline := f.Now() + 600
		sig := f.SignDigest(st.Device.Key, f.MoveDigest(st.Device.Address, cell, 0, deadline))
		r := f.MustSend(f.Operator, f.Suite.Registry, f.Suite.RegistryABI.PackMove(st.Device.Address, cell, deadline, sig), nil)
		t.Logf("DeviceRegistry.move: %d gas", r.GasUsed)
		if d := math.Abs(float64(r.GasUsed)-index.MoveGas) / index.MoveGas; d > 0.1 {
			t.Errorf("move used %d gas; MoveGas %d is off by %.0f%%", r.GasUsed, index.MoveGas, 100*d)
		}
	})
}

func isRegion(f *indextest.Fixture, c uint64) bool {
	for _, s := range f.Stations {
		if s.Region == c {
			return true
		}
	}
	return false
}
