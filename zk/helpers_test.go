package zk

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
)

// cork is a res-8 cell in Cork; records around it share its res-6 parent.
func corkCell(tb testing.TB, latE7, lonE7 int32) uint64 {
	tb.Helper()
	c, err := privacy.Cell(latE7, lonE7, 8)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// lteBatch returns n LTE session records near Cork with radio measurements drawn from rng, a few
// of them missing.
func lteBatch(tb testing.TB, rng *rand.Rand, n int) []datpin.PublicRecord {
	tb.Helper()
	out := make([]datpin.PublicRecord, n)
	for i := range out {
		r := datpin.PublicRecord{
			Kind: datpin.KindSession, Time: 1_700_000_000_000 + int64(i)*60_000, Mode: datpin.ModeLTE,
			StationID: "A4E8", SpeedKmh: datpin.Missing,
			RSRPdBm10: int32(-1250 + rng.IntN(500)), RSRQdB10: int32(-250 + rng.IntN(200)),
			SINRdB10: int32(-50 + rng.IntN(300)), RSSIdBm10: datpin.Missing, CQI: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing,
			DownKbps: datpin.Missing, UpKbps: datpin.Missing, LatencyMs10: datpin.Missing,
			JitterMs10: datpin.Missing, LossPermille: datpin.Missing, Sessions: datpin.Missing, Devices: datpin.Missing,
		}
		r.Pseudonym[0] = byte(i % 3)
		switch rng.IntN(8) {
		case 0:
			r.RSRQdB10 = datpin.Missing
		case 1:
			r.SINRdB10 = datpin.Missing
		}
		r.H3Cell = corkCell(tb, 518_900_000+int32(rng.IntN(200_000)), -84_700_000+int32(rng.IntN(300_000)))
		out[i] = r
	}
	return out
}

var testKeys *Keys

func mustTestKeys(tb testing.TB) *Keys {
	tb.Helper()
	if testKeys == nil {
		k, err := DevKeys(tb.TempDir(), TestSize)
		if err != nil {
			tb.Fatal(err)
		}
		testKeys = k
	}
	return testKeys
}

func claim(b *Batch, tokenID int64, threshold uint16) Claim {
	region, _ := b.Region(8)
	return Claim{TokenID: big.NewInt(tokenID), Threshold: threshold, Region: region}
}
