package quality

import "github.com/datpin/datpin"

// The E-model (ITU-T G.107) in integer arithmetic, in micro-units of R
// (µR) and of MOS (µMOS):
//
//	d      = latency/2 + 2·jitter + 10 ms          one-way mouth-to-ear delay:
//	                                                half the round trip, a jitter
//	                                                buffer of twice the jitter, and
//	                                                10 ms of packetization
//	Id     = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3)
//	Ie_eff = 95·Ppl / (Ppl + 25.1)                 G.711 with packet-loss
//	                                                concealment (Ie = 0, Bpl = 25.1),
//	                                                random loss (BurstR = 1)
//	R      = 93.2 − Id − Ie_eff, clamped to 0..100
//	MOS    = 1 + 0.035·R + 7·10⁻⁶·R·(R − 60)·(100 − R)
//
// With latency L and jitter J in the record's 0.1 ms units and loss p in
// permille, every term is an exact integer:
//
//	Id     = 1200·L + 4800·J + 240000 (+ 5500·L + 22000·J − 18403000 when positive)   µR
//	Ie_eff = round(95000000·p / (p + 251))                                          µR
//	R is rounded to milli-R (r); MOS = 1000000 + 35·r + 7·r·(r−60000)·(100000−r)/10⁹ µMOS
//
// The voice score maps MOS linearly from 2.5 (R ≈ 48, below which G.109
// rates calls not recommended) to 0 bp, up to 4.3 (R ≈ 89, users very
// satisfied) and above to 10000 bp.
const (
	r0Micro      = 93_200_000
	mosFloorMu   = 2_500_000
	mosCeilMu    = 4_300_000
	voiceSpanMu  = mosCeilMu - mosFloorMu
	codecDelayMu = 240_000 // 0.024 µR/µs · 10 ms
)

// VoiceResult explains a voice quality score.
type VoiceResult struct {
	Present  bool  // latency or loss was measured
	Score    int32 // basis points (0 when not Present)
	DelayUs  int64 // one-way effective delay d, microseconds
	IdMicroR int64 // delay impairment, µR
	IeMicroR int64 // effective equipment (loss) impairment, µR
	RMilli   int32 // R factor, 1e-3
	MOSMilli int32 // MOS, 1e-3
	Used     Inputs
	Missing  Inputs // a missing latency or loss adds no impairment; a missing jitter adds no buffer
}

// Voice computes the E-model R factor and MOS of a session record from its
// latency, jitter and packet loss, and maps MOS to a score. It needs latency
// or loss; a missing input adds no impairment and is listed in Missing.
func Voice(r *datpin.Record) VoiceResult {
	var res VoiceResult
	voice(r, &res)
	return res
}

// voice fills a zero VoiceResult in place.
func voice(r *datpin.Record, res *VoiceResult) {
	if r.LatencyMs10 == datpin.Missing && r.LossPermille == datpin.Missing {
		res.Missing = InLatency | InJitter | InLoss
		return
	}
	lat, jit, loss := int64(0), int64(0), int64(0)
	if r.LatencyMs10 != datpin.Missing {
		lat = int64(r.LatencyMs10)
		res.Used |= InLatency
	} else {
		res.Missing |= InLatency
	}
	if r.JitterMs10 != datpin.Missing {
		jit = int64(r.JitterMs10)
		res.Used |= InJitter
	} else {
		res.Missing |= InJitter
	}
	if r.LossPermille != datpin.Missing {
		loss = int64(r.LossPermille)
		res.Used |= InLoss
	} else {
		res.Missing |= InLoss
	}
	// Out-of-range inputs (which ScoreSession drops as noise) are clamped so
	// that the arithmetic stays defined for any record.
	lat, jit, loss = clampTo(lat, 0, 600_000), clampTo(jit, 0, 600_000), clampTo(loss, 0, 1000)
	res.Present = true
	res.DelayUs = lat*50 + jit*200 + 10_000
	id := 1200*lat + 4800*jit + codecDelayMu
	if excess := 5500*lat + 22000*jit - 18_403_000; excess > 0 {
		id += excess
	}
	res.IdMicroR = id
	if loss > 0 {
		res.IeMicroR = divRound(95_000_000*loss, loss+251)
	}
	rMicro := int64(r0Micro) - id - res.IeMicroR
	if rMicro < 0 {
		rMicro = 0
	} else if rMicro > 100_000_000 {
		rMicro = 100_000_000
	}
	rm := divRound(rMicro, 1000)
	res.RMilli = int32(rm)
	mos := mosMicro(rm)
	res.MOSMilli = int32(divRound(mos, 1000))
	res.Score = clamp((mos - mosFloorMu) * datpin.ScoreMax / voiceSpanMu)
}

func clampTo(v, lo, hi int64) int64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// mosMicro is the G.107 MOS of R = rm/1000, in µMOS.
func mosMicro(rm int64) int64 {
	if rm <= 0 {
		return 1_000_000
	}
	if rm >= 100_000 {
		return 4_500_000
	}
	return 1_000_000 + 35*rm + divRound(7*rm*(rm-60_000)*(100_000-rm), 1_000_000_000)
}
