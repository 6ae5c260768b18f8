package agent

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/telemetry"
)

// Edge benchmark goals (records per second per core, and the end-to-end
// rate as a fraction of raw SHA-256 over the same input bytes).
const (
	GoalRecordsPerSecond = 1_000_000
	GoalRatioToSHA256    = 0.5
)

// EdgeOptions configures BenchEdgeWith.
type EdgeOptions struct {
	Stations int           // stations (batches) per run (default 2)
	Records  int           // records per station: one epoch at 1 Hz is 86,400 (default 43,200)
	MinTime  time.Duration // time to measure each stage (default 1 s)
	// Outbox also measures the durable outbox (SQLite, synchronous=FULL)
	// in a temporary directory. It is not part of the pipeline rate.
	Outbox bool
	// TempDir is where the outbox benchmark writes (default os.TempDir).
	TempDir string
}

// StageResult is the throughput of one stage on one core.
type StageResult struct {
	Stage                string  `json:"stage"`
	RecordsPerSecPerCore float64 `json:"recordsPerSecPerCore"`
	NsPerRecord          float64 `json:"nsPerRecord"`
	MBPerSec             float64 `json:"mbPerSec,omitempty"` // input bytes, where it means something
	// Share is the stage's part of the sum of the pipeline stages' times.
	Share float64 `json:"share,omitempty"`
}

// EdgeResult is the edge pipeline's throughput, stage by stage, on one
// core (GOMAXPROCS=1 while measuring, so the garbage collector's work is
// counted too).
type EdgeResult struct {
	Records          int     `json:"records"`  // records per run
	Stations         int     `json:"stations"` // batches per run
	InputBytes       int64   `json:"inputBytes"`
	BytesPerRecord   float64 `json:"bytesPerRecord"` // G-NetTrack CSV
	EncodedPerRecord float64 `json:"encodedBytesPerRecord"`
	PackageBytes     int64   `json:"packageBytes"` // encoded packages of one run

	// Stages: parse, anonymize, score, encode+merkle, compress+encrypt.
	Stages   []StageResult `json:"stages"`
	EndToEnd StageResult   `json:"endToEnd"` // parse → anonymize → score → seal, per batch
	// SHA256 is one SHA-256 over the same input bytes, in records/s.
	SHA256 StageResult `json:"sha256"`
	// SHA256Encoded is one SHA-256 per encoded record (the cheapest hash of
	// the records themselves), for comparison with the Merkle stage.
	SHA256Encoded StageResult `json:"sha256Encoded"`
	// RatioToSHA256 is EndToEnd / SHA256 in records/s.
	RatioToSHA256 float64 `json:"ratioToSha256"`
	Limiting      string  `json:"limitingStage"` // the stage with the largest share
	MeetsRate     bool    `json:"meetsRateGoal"` // ≥ GoalRecordsPerSecond
	MeetsRatio    bool    `json:"meetsRatioGoal"`
	// Outbox is the durable ingest rate (not part of the pipeline), if asked.
	Outbox    *StageResult `json:"outbox,omitempty"`
	GoVersion string       `json:"goVersion"`
	CPU       string       `json:"cpu,omitempty"`
}

// BenchEdge measures the edge pipeline with the default options.
func BenchEdge(ctx context.Context) (*EdgeResult, error) {
	return BenchEdgeWith(ctx, EdgeOptions{Outbox: true})
}

// edgeWork is the data of one benchmark run, with every stage's input made
// ahead so that stages can be timed alone.
type edgeWork struct {
	epoch    uint32
	csv      [][]byte // per station
	recs     [][]datpin.Record
	pub      [][]datpin.PublicRecord
	stream   [][]byte
	anons    []*privacy.Anonymizer
	sealers  []*pack.Sealer
	recips   []age.Recipient
	total    int
	inBytes  int64
	encBytes int64
}

func newEdgeWork(opt EdgeOptions) (*edgeWork, error) {
	w := &edgeWork{}
	start := time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)
	w.epoch = uint32(start.Unix() / DefaultEpochLength)
	for i := 0; i < 2; i++ {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return nil, err
		}
		w.recips = append(w.recips, id.Recipient())
	}
	for s := 0; s < opt.Stations; s++ {
		station := fmt.Sprintf("%X", 0x53B22+s)
		var buf bytes.Buffer
		if err := SyntheticGNetTrack(&buf, station, start, opt.Records, uint64(s)); err != nil {
			return nil, err
		}
		w.csv = append(w.csv, buf.Bytes())
		w.inBytes += int64(buf.Len())
		var recs []datpin.Record
		if _, err := telemetry.ParseGNetTrack(bytes.NewReader(buf.Bytes()), "bench.csv", "B_2021.03.04_00.00.00", func(r datpin.Record) error {
			recs = append(recs, r)
			return nil
		}, nil); err != nil {
			return nil, err
		}
		if len(recs) != opt.Records {
			return nil, datpin.Errorf(datpin.EINTERNAL, "bench: parsed %d of %d synthetic rows", len(recs), opt.Records)
		}
		w.recs = append(w.recs, recs)
		w.total += len(recs)
		key, _ := DevKeys{}.Key(station)
		an, err := privacy.NewAnonymizer(privacy.Config{Secret: PseudonymSecret(key)})
		if err != nil {
			return nil, err
		}
		w.anons = append(w.anons, an)
		pub, err := an.Anonymize(w.epoch, recs)
		if err != nil {
			return nil, err
		}
		w.pub = append(w.pub, pub)
		stream, _, err := pack.AppendBatch(nil, nil, pub)
		if err != nil {
			return nil, err
		}
		w.stream = append(w.stream, stream)
		w.encBytes += int64(len(stream) - 4)
		w.sealers = append(w.sealers, &pack.Sealer{Key: key, Domain: pack.Domain{ChainID: 1337, VerifyingContract: [20]byte{1}}, Recipients: w.recips})
	}
	return w, nil
}

// measure runs f (one pass over the work) until minTime has passed and
// returns the time per pass.
func measure(ctx context.Context, minTime time.Duration, f func() error) (time.Duration, error) {
	if err := f(); err != nil { // warm up
		return 0, err
	}
	runtime.GC()
	var n int
	start := time.Now()
	for {
		if err := f(); err != nil {
			return 0, err
		}
		n++
		if el := time.Since(start); el >= minTime || ctx.Err() != nil {
			return el / time.Duration(n), ctx.Err()
		}
	}
}

// BenchEdgeWith measures the edge pipeline: each stage alone, then the
// whole pipeline, then raw SHA-256 over the same input, all on one core.
func BenchEdgeWith(ctx context.Context, opt EdgeOptions) (*EdgeResult, error) {
	if opt.Stations <= 0 {
		opt.Stations = 2
	}
	if opt.Records <= 0 {
		opt.Records = 43_200
	}
	if opt.MinTime <= 0 {
		opt.MinTime = time.Second
	}
	w, err := newEdgeWork(opt)
	if err != nil {
		return nil, err
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	res := &EdgeResult{
		Records: w.total, Stations: opt.Stations, InputBytes: w.inBytes,
		BytesPerRecord: float64(w.inBytes) / float64(w.total), EncodedPerRecord: float64(w.encBytes) / float64(w.total),
		GoVersion: runtime.Version(), CPU: cpuName(),
	}
	stage := func(name string, bytesIn int64, per time.Duration) StageResult {
		s := StageResult{Stage: name, NsPerRecord: float64(per.Nanoseconds()) / float64(w.total)}
		s.RecordsPerSecPerCore = float64(w.total) / per.Seconds()
		if bytesIn > 0 {
			s.MBPerSec = float64(bytesIn) / per.Seconds() / 1e6
		}
		return s
	}
	var recBuf []datpin.Record
	var pubBuf []datpin.PublicRecord
	var streamBuf []byte
	var leaves [][32]byte
	stages := []struct {
		name  string
		bytes int64
		f     func() error
	}{
		{"parse", w.inBytes, func() error {
			for _, csv := range w.csv {
				recBuf = recBuf[:0]
				if _, err := telemetry.ParseGNetTrack(bytes.NewReader(csv), "bench.csv", "B_2021.03.04_00.00.00", func(r datpin.Record) error {
					recBuf = append(recBuf, r)
					return nil
				}, nil); err != nil {
					return err
				}
			}
			return nil
		}},
		{"anonymize", 0, func() error {
			for i, recs := range w.recs {
				var err error
				if pubBuf, err = w.anons[i].AppendAnonymized(pubBuf[:0], w.epoch, recs); err != nil {
					return err
				}
				publicRegion(w.anons[i], pubBuf, datpin.DeviceStation, privacy.DefaultK)
			}
			return nil
		}},
		{"score", 0, func() error {
			for _, pub := range w.pub {
				scoreBatch(pub, w.epoch, DefaultEpochLength)
			}
			return nil
		}},
		{"encode+merkle", 0, func() error {
			for _, pub := range w.pub {
				var err error
				if streamBuf, leaves, err = pack.AppendBatch(streamBuf[:0], leaves[:0], pub); err != nil {
					return err
				}
				pack.Root(leaves)
			}
			return nil
		}},
		{"compress+encrypt", 0, func() error {
			// What Seal does after encoding: Zstandard in column order inside age to the
			// recipients (pack.EncryptStream, the function Seal calls).
			for _, stream := range w.stream {
				if _, err := pack.EncryptStream(stream, w.recips); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	var sum float64
	for _, s := range stages {
		per, err := measure(ctx, opt.MinTime, s.f)
		if err != nil {
			return nil, err
		}
		r := stage(s.name, s.bytes, per)
		res.Stages = append(res.Stages, r)
		sum += r.NsPerRecord
	}
	best := 0
	for i := range res.Stages {
		res.Stages[i].Share = res.Stages[i].NsPerRecord / sum
		if res.Stages[i].NsPerRecord > res.Stages[best].NsPerRecord {
			best = i
		}
	}
	res.Limiting = res.Stages[best].Stage

	// The whole pipeline, batch by batch, as the agent runs it (but without
	// the outbox).
	var pkgBytes int64
	per, err := measure(ctx, opt.MinTime, func() error {
		pkgBytes = 0
		for i, csv := range w.csv {
			recBuf = recBuf[:0]
			if _, err := telemetry.ParseGNetTrack(bytes.NewReader(csv), "bench.csv", "B_2021.03.04_00.00.00", func(r datpin.Record) error {
				recBuf = append(recBuf, r)
				return nil
			}, nil); err != nil {
				return err
			}
			var err error
			if pubBuf, err = w.anons[i].AppendAnonymized(pubBuf[:0], w.epoch, recBuf); err != nil {
				return err
			}
			sc := scoreBatch(pubBuf, w.epoch, DefaultEpochLength)
			region := publicRegion(w.anons[i], pubBuf, datpin.DeviceStation, privacy.DefaultK)
			p, err := w.sealers[i].Seal(pack.Manifest{ClassID: 1, DeviceType: datpin.DeviceStation, Epoch: w.epoch,
				H3Region: region, Score: sc.Score, Explanation: sc.Explanation}, pubBuf)
			if err != nil {
				return err
			}
			enc, err := p.Encode()
			if err != nil {
				return err
			}
			pkgBytes += int64(len(enc))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.EndToEnd = stage("end to end", w.inBytes, per)
	res.PackageBytes = pkgBytes

	per, err = measure(ctx, opt.MinTime, func() error {
		for _, csv := range w.csv {
			sha256.Sum256(csv)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.SHA256 = stage("sha256 (input)", w.inBytes, per)
	per, err = measure(ctx, opt.MinTime, func() error {
		for _, stream := range w.stream {
			b := stream[4:]
			for len(b) > 0 {
				n, err := pack.EncodedSize(b)
				if err != nil {
					return err
				}
				sha256.Sum256(b[:n])
				b = b[n:]
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.SHA256Encoded = stage("sha256 (per encoded record)", w.encBytes, per)
	res.RatioToSHA256 = res.EndToEnd.RecordsPerSecPerCore / res.SHA256.RecordsPerSecPerCore
	res.MeetsRate = res.EndToEnd.RecordsPerSecPerCore >= GoalRecordsPerSecond
	res.MeetsRatio = res.RatioToSHA256 >= GoalRatioToSHA256

	if opt.Outbox {
		r, err := benchOutbox(ctx, opt, w)
		if err != nil {
			return nil, err
		}
		res.Outbox = r
	}
	return res, nil
}

// benchOutbox measures durable ingestion: records into the SQLite outbox in
// transactions of DefaultChunk, each committed with fsync.
func benchOutbox(ctx context.Context, opt EdgeOptions, w *edgeWork) (*StageResult, error) {
	dir, err := mkTemp(opt.TempDir)
	if err != nil {
		return nil, err
	}
	defer removeAll(dir)
	ob, err := OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return nil, err
	}
	defer ob.Close()
	start := time.Now()
	n := 0
	for _, recs := range w.recs {
		for len(recs) > 0 {
			k := min(DefaultChunk, len(recs))
			if _, err := ob.Ingest(ctx, recs[:k], DefaultEpochLength, 0, time.Now()); err != nil {
				return nil, err
			}
			n += k
			recs = recs[k:]
		}
	}
	el := time.Since(start)
	return &StageResult{Stage: "outbox ingest (SQLite, fsync per 16k records)", RecordsPerSecPerCore: float64(n) / el.Seconds(),
		NsPerRecord: float64(el.Nanoseconds()) / float64(n)}, nil
}

func mkTemp(dir string) (string, error) { return os.MkdirTemp(dir, "datpin-bench-") }

func removeAll(dir string) { os.RemoveAll(dir) }
