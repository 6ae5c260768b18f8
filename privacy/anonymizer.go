package privacy

import (
	"slices"

	"github.com/datpin/datpin"
)

// DefaultK is the smallest number of distinct pseudonyms an aggregate must
// cover to be published.
const DefaultK = 3

// DefaultEpochLength is the default epoch, in seconds: one station-day.
const DefaultEpochLength = 86400

// Config configures an Anonymizer. Zero fields take their defaults.
type Config struct {
	// Secret is the device's pseudonym secret, at least MinSecretLen bytes of
	// randomness that never leave the device.
	Secret []byte
	// Resolution is the H3 resolution of record positions (default 8).
	Resolution int
	// RegionResolution is the H3 resolution of a batch's region and of a
	// base station's registered place (default 7). Not finer than Resolution.
	RegionResolution int
	// K is the smallest number of distinct pseudonyms behind a published
	// aggregate (default 3; 1 publishes everything).
	K int
	// EpochLength is the epoch length in seconds (default 86400).
	EpochLength int64
}

// Anonymizer turns raw records into public ones for one device secret. It is
// safe for concurrent use.
type Anonymizer struct {
	cfg Config
}

// NewAnonymizer checks cfg, fills in defaults and returns an Anonymizer. It
// keeps its own copy of the secret.
func NewAnonymizer(cfg Config) (*Anonymizer, error) {
	if len(cfg.Secret) < MinSecretLen {
		return nil, datpin.Errorf(datpin.EINVALID, "pseudonym secret must be at least %d bytes", MinSecretLen)
	}
	cfg.Secret = slices.Clone(cfg.Secret)
	if cfg.Resolution == 0 {
		cfg.Resolution = DefaultResolution
	}
	if cfg.RegionResolution == 0 {
		cfg.RegionResolution = min(DefaultRegionResolution, cfg.Resolution)
	}
	if cfg.K == 0 {
		cfg.K = DefaultK
	}
	if cfg.EpochLength == 0 {
		cfg.EpochLength = DefaultEpochLength
	}
	switch {
	case cfg.Resolution < 0 || cfg.Resolution > MaxResolution:
		return nil, datpin.Errorf(datpin.EINVALID, "H3 resolution %d is outside 0..%d", cfg.Resolution, MaxResolution)
	case cfg.RegionResolution < 0 || cfg.RegionResolution > cfg.Resolution:
		return nil, datpin.Errorf(datpin.EINVALID, "region resolution %d is outside 0..%d", cfg.RegionResolution, cfg.Resolution)
	case cfg.K < 1:
		return nil, datpin.Errorf(datpin.EINVALID, "k must be at least 1, got %d", cfg.K)
	case cfg.EpochLength < 1:
		return nil, datpin.Errorf(datpin.EINVALID, "epoch length must be positive, got %d", cfg.EpochLength)
	}
	return &Anonymizer{cfg: cfg}, nil
}

// Config returns the Anonymizer's configuration, defaults filled in, without
// the secret.
func (a *Anonymizer) Config() Config {
	c := a.cfg
	c.Secret = nil
	return c
}

// Epoch returns the epoch of a Unix time in milliseconds:
// floor(unixSeconds / EpochLength).
func (a *Anonymizer) Epoch(unixMs int64) (uint32, error) { return EpochOf(unixMs, a.cfg.EpochLength) }

// EpochOf returns floor(unixMs/1000/epochLength). Times before 1970 or past
// the last uint32 epoch give an EINVALID error.
func EpochOf(unixMs int64, epochLength int64) (uint32, error) {
	if epochLength < 1 {
		return 0, datpin.Errorf(datpin.EINVALID, "epoch length must be positive, got %d", epochLength)
	}
	if unixMs < 0 {
		return 0, datpin.Errorf(datpin.EINVALID, "time %d is before 1970", unixMs)
	}
	e := unixMs / 1000 / epochLength
	if e > 1<<32-1 {
		return 0, datpin.Errorf(datpin.EINVALID, "time %d is past the last epoch", unixMs)
	}
	return uint32(e), nil
}

// EpochKey returns the pseudonym key of one epoch. It lets a holder (say, a
// validator investigating fraud) link a device's records within that epoch
// and no other.
func (a *Anonymizer) EpochKey(epoch uint32) [32]byte { return EpochKey(a.cfg.Secret, epoch) }

// StationCell returns the H3 cell at RegionResolution of a base station's
// position, as it registers on chain (Onboard.h3Cell).
func (a *Anonymizer) StationCell(latE7, lonE7 int32) (uint64, error) {
	return Cell(latE7, lonE7, a.cfg.RegionResolution)
}

// Anonymize returns the public form of records, in the same order. Every
// record must belong to epoch (its Time in that epoch), otherwise Anonymize
// returns an EINVALID error naming the first stray record: pseudonyms of one
// epoch must not cover another's data. A coordinate out of range is EINVALID
// too; a Missing one gives H3Cell 0.
func (a *Anonymizer) Anonymize(epoch uint32, records []datpin.Record) ([]datpin.PublicRecord, error) {
	return a.AppendAnonymized(make([]datpin.PublicRecord, 0, len(records)), epoch, records)
}

// AppendAnonymized is Anonymize appending to dst, to reuse its memory.
func (a *Anonymizer) AppendAnonymized(dst []datpin.PublicRecord, epoch uint32, records []datpin.Record) ([]datpin.PublicRecord, error) {
	lo := int64(epoch) * a.cfg.EpochLength * 1000
	hi := lo + a.cfg.EpochLength*1000
	ps := newPseudonymizer(a.EpochKey(epoch))
	var cells cellCache
	for i := range records {
		r := &records[i]
		if r.Time < lo || r.Time >= hi {
			return dst, datpin.Errorf(datpin.EINVALID, "record %d (time %d) is not in epoch %d", i, r.Time, epoch)
		}
		cell, err := cells.lookup(r.LatE7, r.LonE7, a.cfg.Resolution)
		if err != nil {
			return dst, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		dst = append(dst, datpin.PublicRecord{
			Kind:         r.Kind,
			Time:         r.Time,
			Pseudonym:    ps.pseudonym(r.DeviceID),
			StationID:    r.StationID,
			CellID:       r.CellID,
			H3Cell:       cell,
			SpeedKmh:     r.SpeedKmh,
			Mode:         r.Mode,
			RSRPdBm10:    r.RSRPdBm10,
			RSRQdB10:     r.RSRQdB10,
			SINRdB10:     r.SINRdB10,
			RSSIdBm10:    r.RSSIdBm10,
			CQI:          r.CQI,
			NRRSRPdBm10:  r.NRRSRPdBm10,
			NRRSRQdB10:   r.NRRSRQdB10,
			DownKbps:     r.DownKbps,
			UpKbps:       r.UpKbps,
			LatencyMs10:  r.LatencyMs10,
			JitterMs10:   r.JitterMs10,
			LossPermille: r.LossPermille,
			Active:       r.Active,
			Sessions:     r.Sessions,
			Devices:      r.Devices,
			Quantity:     r.Quantity,
			ValueE3:      r.ValueE3,
		})
	}
	return dst, nil
}

// Region returns the batch's region: the cell at RegionResolution that holds
// most of the records with a position (ties go to the smaller index), or 0 if
// none has a position.
func (a *Anonymizer) Region(records []datpin.PublicRecord) uint64 {
	return Region(records, a.cfg.RegionResolution)
}

// Region returns the most common ancestor at resolution res of the records'
// cells (ties go to the smaller index), or 0 if no record has a cell.
func Region(records []datpin.PublicRecord, res int) uint64 {
	counts := make(map[uint64]int)
	var last, lastParent uint64
	for i := range records {
		c := records[i].H3Cell
		if c == 0 {
			continue
		}
		if c != last {
			last, lastParent = c, Parent(c, res)
		}
		counts[lastParent]++
	}
	var best uint64
	n := 0
	for c, k := range counts {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	return best
}
