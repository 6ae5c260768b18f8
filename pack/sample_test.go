package pack_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/datpin/datpin"
)

// sampleRecords returns n plausible session records of one day (epoch 20454):
// a drive test sampled every minute (more often above 1,440 records) through
// a few stations, a handful of devices, some fields missing.
func sampleRecords(n int, seed uint64) []datpin.PublicRecord {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	devices := make([][16]byte, 4)
	for i := range devices {
		for j := range devices[i] {
			devices[i][j] = byte(rng.Uint32())
		}
	}
	const t0 = 1_767_225_600_000 // 2026-01-01T00:00:00Z
	cell := uint64(0x88283082a3fffff)
	step := int64(60_000)
	if n > 1440 {
		step = 86_400_000 / int64(n)
	}
	recs := make([]datpin.PublicRecord, n)
	for i := range recs {
		if i%40 == 0 {
			cell += uint64(rng.IntN(8)) << 3 * 8
		}
		r := datpin.PublicRecord{
			Kind:         datpin.KindSession,
			Time:         t0 + int64(i)*step + int64(rng.IntN(900)),
			Pseudonym:    devices[(i/200)%len(devices)],
			StationID:    fmt.Sprintf("%05X", 0x1A2B0+(i/90)%7),
			CellID:       fmt.Sprint(1 + rng.IntN(3)),
			H3Cell:       cell,
			SpeedKmh:     int32(rng.IntN(90)),
			Mode:         datpin.ModeLTE,
			RSRPdBm10:    int32(-1150 + rng.IntN(400)),
			RSRQdB10:     int32(-150 + rng.IntN(100)),
			SINRdB10:     int32(-50 + rng.IntN(300)),
			RSSIdBm10:    int32(-900 + rng.IntN(300)),
			CQI:          int32(rng.IntN(16)),
			NRRSRPdBm10:  datpin.Missing,
			NRRSRQdB10:   datpin.Missing,
			DownKbps:     int32(rng.IntN(150_000)),
			UpKbps:       int32(rng.IntN(40_000)),
			LatencyMs10:  int32(200 + rng.IntN(800)),
			JitterMs10:   int32(rng.IntN(100)),
			LossPermille: int32(rng.IntN(20)),
			Active:       rng.IntN(3) == 0,
			Sessions:     datpin.Missing,
			Devices:      datpin.Missing,
			Quantity:     datpin.QuantityNone,
		}
		if i%5 == 0 {
			r.Mode = datpin.ModeNR
			r.NRRSRPdBm10 = int32(-1100 + rng.IntN(300))
			r.NRRSRQdB10 = int32(-120 + rng.IntN(80))
		}
		if i%7 == 0 {
			r.DownKbps, r.UpKbps, r.LatencyMs10, r.JitterMs10, r.LossPermille = datpin.Missing, datpin.Missing, datpin.Missing, datpin.Missing, datpin.Missing
		}
		recs[i] = r
	}
	return recs
}
