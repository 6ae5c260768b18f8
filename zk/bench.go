package zk

import (
	"math/big"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/datpin/datpin"
)

// SampleRecords returns n LTE session records of one station, seeded, with radio measurements
// spread over every tier and all inside one H3 res-7 cell (cell, whose res-8 children they use):
// a batch the circuit can prove, for benchmarks and examples.
func SampleRecords(seed uint64, n int, cell uint64) []datpin.PublicRecord {
	rng := rand.New(rand.NewPCG(seed, 0x7a6b))
	out := make([]datpin.PublicRecord, n)
	for i := range out {
		r := datpin.PublicRecord{
			Kind: datpin.KindSession, Time: 1_767_225_600_000 + int64(i)*10_000, Mode: datpin.ModeLTE,
			StationID: "SAMPLE", SpeedKmh: datpin.Missing,
			RSRPdBm10: int32(-1200 + rng.IntN(500)), RSRQdB10: int32(-250 + rng.IntN(200)),
			SINRdB10: int32(-50 + rng.IntN(300)), RSSIdBm10: datpin.Missing, CQI: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing,
			DownKbps: datpin.Missing, UpKbps: datpin.Missing, LatencyMs10: datpin.Missing,
			JitterMs10: datpin.Missing, LossPermille: datpin.Missing, Sessions: datpin.Missing, Devices: datpin.Missing,
		}
		r.Pseudonym[0] = byte(i % 5)
		// A res-8 child of the res-7 cell: resolution 8, digit 8 in 0..6.
		child := cell&^(15<<h3ResLo) | 8<<h3ResLo
		r.H3Cell = child&^(7<<uint(3*(15-8))) | uint64(rng.IntN(7))<<uint(3*(15-8))
		out[i] = r
	}
	return out
}

// SampleCell is a res-7 H3 cell in Cork (87182a3a4ffffff), the region of SampleRecords.
const SampleCell uint64 = 0x87182a3a4ffffff

// SizeResult is what BenchSize measures for one batch size.
type SizeResult struct {
	Records      int     `json:"records"`
	Constraints  int     `json:"constraints"`
	CompileSec   float64 `json:"compileSeconds"`
	SetupSec     float64 `json:"setupSeconds"` // 0 when the keys came from the cache
	ProveSec     float64 `json:"proveSeconds"`
	PeakHeapMB   float64 `json:"peakHeapMB"` // peak Go heap in use while proving
	ProofBytes   int     `json:"proofBytes"`
	VerifyOffSec float64 `json:"verifySecondsOffChain"`

	Keys    *Keys  `json:"-"`
	Batch   *Batch `json:"-"`
	Claim   Claim  `json:"-"`
	Payload []byte `json:"-"`
}

// BenchSize proves a full sample batch of the size with the development keys (cached in dir; ""
// for CacheDir) and measures it. The result carries the keys, batch, claim and payload so that a
// caller can verify on chain.
func BenchSize(dir string, size int) (*SizeResult, error) {
	res := &SizeResult{Records: size}
	t0 := time.Now()
	ccs, err := Compile(size)
	if err != nil {
		return nil, err
	}
	res.CompileSec = time.Since(t0).Seconds()
	res.Constraints = ccs.GetNbConstraints()
	t0 = time.Now()
	cached := devKeysCached(dir, size)
	k, err := DevKeys(dir, size)
	if err != nil {
		return nil, err
	}
	if !cached {
		res.SetupSec = time.Since(t0).Seconds()
	}
	b, err := NewBatch(size, SampleRecords(uint64(size), size, SampleCell))
	if err != nil {
		return nil, err
	}
	c := Claim{TokenID: big.NewInt(1), Threshold: b.Score(), Region: SampleCell}
	runtime.GC()
	stop := watchHeap()
	t0 = time.Now()
	p, err := Prove(k, b, c)
	res.ProveSec = time.Since(t0).Seconds()
	res.PeakHeapMB = float64(stop()) / (1 << 20)
	if err != nil {
		return nil, err
	}
	t0 = time.Now()
	if err := Verify(k.VK, b.Commit(), c, p); err != nil {
		return nil, err
	}
	res.VerifyOffSec = time.Since(t0).Seconds()
	res.Payload = Payload(size, c, p)
	res.ProofBytes = len(res.Payload)
	res.Keys, res.Batch, res.Claim = k, b, c
	return res, nil
}

func devKeysCached(dir string, size int) bool {
	devMu.Lock()
	defer devMu.Unlock()
	if devKeys[size] != nil {
		return true
	}
	if dir == "" {
		dir = CacheDir()
	}
	_, _, err := readKeys(dir, size)
	return err == nil
}

// watchHeap samples the Go heap in use every 20 ms until the returned function is called, which
// returns the peak seen.
func watchHeap() func() uint64 {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		peak = max(peak, ms.HeapInuse)
		mu.Unlock()
	}
	go func() {
		defer close(stopped)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		sample()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
