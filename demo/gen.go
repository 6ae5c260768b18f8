package demo

import (
	"fmt"
	"math/rand/v2"

	"github.com/datpin/datpin"
)

// Profile is a station's true service quality in the generated network.
type Profile struct {
	Name      string
	RSRP      int32 // dBm
	SINR      int32 // dB
	DownMbps  int32
	UpMbps    int32
	LatencyMs int32
	Hours     int // hours of the day the station serves
}

var profiles = []Profile{
	{"excellent", -76, 24, 140, 18, 22, 24},
	{"good", -86, 16, 80, 9, 40, 24},
	{"fair", -96, 9, 40, 5, 62, 22},
	{"poor", -106, 2, 12, 2, 95, 18},
	{"dead-zone", -117, -4, 1, 0, 160, 8},
}

// weights of the profiles among generated stations (excellent .. dead zone).
var profileWeights = []int{15, 35, 25, 15, 10}

// Station is one generated base station.
type Station struct {
	ID      string
	Profile Profile
	LatE7   int32
	LonE7   int32
}

// Generate makes n stations around Cork (Ireland) with seeded profiles: a plain station-day of
// samples around a known profile, for tests that need one without a simulated network (the demo
// itself runs on package sim).
func Generate(n int, seed uint64) []Station {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Station, n)
	total := 0
	for _, w := range profileWeights {
		total += w
	}
	for i := range out {
		pick, p := rng.IntN(total), 0
		for pick >= profileWeights[p] {
			pick -= profileWeights[p]
			p++
		}
		out[i] = Station{
			ID:      fmt.Sprintf("%05X", 0xA0000+i),
			Profile: profiles[p],
			LatE7:   518_970_000 + int32(rng.IntN(400_000)) - 200_000,
			LonE7:   -84_700_000 + int32(rng.IntN(600_000)) - 300_000,
		}
	}
	return out
}

// Day generates one station's day (epoch) of connectivity samples: one every `step` seconds
// from four devices in turn, with seeded noise around the station's profile.
func (s *Station) Day(epoch uint32, step int, seed uint64) []datpin.Record {
	rng := rand.New(rand.NewPCG(seed, uint64(epoch)<<32|uint64(len(s.ID))))
	p := s.Profile
	start := int64(epoch) * 86_400_000
	// The station serves p.Hours hours of the day, from a seeded start hour.
	first := rng.IntN(24)
	var recs []datpin.Record
	for t, k := 0, 0; t < 86400; t, k = t+step, k+1 {
		hour := t / 3600
		if (hour-first+24)%24 >= p.Hours {
			continue
		}
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = start + int64(t)*1000 + int64(rng.IntN(1000))
		r.DeviceID = fmt.Sprintf("imsi-27201%s%02d", s.ID, k%4)
		r.StationID = s.ID
		r.CellID = fmt.Sprintf("%s-%d", s.ID, k%3)
		r.LatE7 = s.LatE7 + int32(rng.IntN(20_000)) - 10_000
		r.LonE7 = s.LonE7 + int32(rng.IntN(20_000)) - 10_000
		r.SpeedKmh = int32(rng.IntN(40))
		r.Mode = datpin.ModeLTE
		r.RSRPdBm10 = clamp((p.RSRP+int32(rng.IntN(9))-4)*10, -1400, -440)
		r.RSRQdB10 = clamp(int32(-80-rng.IntN(60)+int(p.SINR)), -195, -30)
		r.SINRdB10 = (p.SINR + int32(rng.IntN(7)) - 3) * 10
		r.CQI = clamp(int32(7+p.SINR/3), 0, 15)
		r.Active = k%2 == 0
		if r.Active {
			r.DownKbps = max(0, p.DownMbps*1000+int32(rng.IntN(4000))-2000)
			r.UpKbps = max(0, p.UpMbps*1000+int32(rng.IntN(600))-300)
		} else {
			r.DownKbps, r.UpKbps = int32(rng.IntN(50)), int32(rng.IntN(20))
		}
		r.LatencyMs10 = (p.LatencyMs + int32(rng.IntN(10))) * 10
		r.JitterMs10 = int32(20 + rng.IntN(60))
		r.LossPermille = int32(rng.IntN(5))
		recs = append(recs, r)
	}
	return recs
}

func clamp(v, lo, hi int32) int32 { return min(max(v, lo), hi) }
