package privacy

import (
	"cmp"
	"slices"

	"github.com/datpin/datpin"
)

// GroupBy chooses how Aggregate groups records.
type GroupBy uint8

const (
	// ByCell groups by Kind and H3 cell; records without a cell are left out
	// (and not counted as suppressed).
	ByCell GroupBy = 1
	// ByStationHour groups by Kind, StationID and UTC hour; records without
	// a station are left out.
	ByStationHour GroupBy = 2
)

// GroupKey identifies a group. Only the fields of the grouping are set.
type GroupKey struct {
	Kind      datpin.RecordKind
	H3Cell    uint64 // ByCell
	StationID string // ByStationHour
	Hour      int64  // ByStationHour: Unix milliseconds of the hour's start
}

// Stat summarizes one measurement over a group, skipping Missing values.
type Stat struct {
	N        int   // values present
	Sum      int64 // their sum
	Min, Max int32 // their range; Missing when N is 0
}

// Mean returns the mean rounded toward zero, Missing when N is 0.
func (s Stat) Mean() int32 {
	if s.N == 0 {
		return datpin.Missing
	}
	return int32(s.Sum / int64(s.N))
}

func (s *Stat) add(v int32) {
	if v == datpin.Missing {
		return
	}
	if s.N == 0 || v < s.Min {
		s.Min = v
	}
	if s.N == 0 || v > s.Max {
		s.Max = v
	}
	s.N++
	s.Sum += int64(v)
}

// Aggregate is a published summary of one group of records.
type Aggregate struct {
	Key     GroupKey
	Records int // records in the group
	Devices int // distinct pseudonyms in the group, at least K

	RSRPdBm10    Stat
	SINRdB10     Stat
	DownKbps     Stat
	UpKbps       Stat
	LatencyMs10  Stat
	LossPermille Stat
}

// Suppressed counts what Aggregate withheld.
type Suppressed struct {
	Groups  int // groups seen by fewer than K distinct pseudonyms
	Records int // records in those groups
}

// Aggregate groups records and returns the groups seen by at least K
// distinct pseudonyms, sorted by key, with counts of the groups it
// suppressed. Only aggregates that pass may be shown in the clear.
func (a *Anonymizer) Aggregate(records []datpin.PublicRecord, by GroupBy) ([]Aggregate, Suppressed, error) {
	return KAnonymous(records, by, a.cfg.K)
}

// KAnonymous is Aggregate with an explicit k.
func KAnonymous(records []datpin.PublicRecord, by GroupBy, k int) ([]Aggregate, Suppressed, error) {
	if k < 1 {
		return nil, Suppressed{}, datpin.Errorf(datpin.EINVALID, "k must be at least 1, got %d", k)
	}
	if by != ByCell && by != ByStationHour {
		return nil, Suppressed{}, datpin.Errorf(datpin.EINVALID, "unknown grouping %d", by)
	}
	type group struct {
		agg  Aggregate
		seen map[[16]byte]struct{}
	}
	groups := make(map[GroupKey]*group)
	for i := range records {
		r := &records[i]
		key := GroupKey{Kind: r.Kind}
		switch by {
		case ByCell:
			if r.H3Cell == 0 {
				continue
			}
			key.H3Cell = r.H3Cell
		case ByStationHour:
			if r.StationID == "" {
				continue
			}
			key.StationID = r.StationID
			key.Hour = r.Time - r.Time%3_600_000
			if r.Time < 0 && r.Time%3_600_000 != 0 {
				key.Hour -= 3_600_000
			}
		}
		g := groups[key]
		if g == nil {
			g = &group{agg: Aggregate{Key: key}, seen: make(map[[16]byte]struct{})}
			groups[key] = g
		}
		g.seen[r.Pseudonym] = struct{}{}
		g.agg.Records++
		g.agg.RSRPdBm10.add(r.RSRPdBm10)
		g.agg.SINRdB10.add(r.SINRdB10)
		g.agg.DownKbps.add(r.DownKbps)
		g.agg.UpKbps.add(r.UpKbps)
		g.agg.LatencyMs10.add(r.LatencyMs10)
		g.agg.LossPermille.add(r.LossPermille)
	}
	var out []Aggregate
	var sup Suppressed
	for _, g := range groups {
		if len(g.seen) < k {
			sup.Groups++
			sup.Records += g.agg.Records
			continue
		}
		g.agg.Devices = len(g.seen)
		out = append(out, g.agg)
	}
	slices.SortFunc(out, func(x, y Aggregate) int {
		return cmp.Or(
			cmp.Compare(x.Key.Kind, y.Key.Kind),
			cmp.Compare(x.Key.H3Cell, y.Key.H3Cell),
			cmp.Compare(x.Key.StationID, y.Key.StationID),
			cmp.Compare(x.Key.Hour, y.Key.Hour),
		)
	})
	return out, sup, nil
}
