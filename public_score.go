package datpin

import "encoding/hex"

// ScoringRecord returns the Record that scoring sees for p: its measurements, with the pseudonym
// (hex) as device id and no position. The edge scores these, not the raw records, so that any
// validator holding the package reproduces the tentative score bit for bit.
func (p *PublicRecord) ScoringRecord() Record {
	r := p.scoringRecord()
	r.DeviceID = hex.EncodeToString(p.Pseudonym[:])
	return r
}

// scoringRecord is ScoringRecord without the device id.
func (p *PublicRecord) scoringRecord() Record {
	return Record{
		Kind: p.Kind, Time: p.Time,
		StationID: p.StationID, CellID: p.CellID,
		LatE7: Missing, LonE7: Missing, SpeedKmh: p.SpeedKmh,
		Mode: p.Mode, RSRPdBm10: p.RSRPdBm10, RSRQdB10: p.RSRQdB10, SINRdB10: p.SINRdB10,
		RSSIdBm10: p.RSSIdBm10, CQI: p.CQI, NRRSRPdBm10: p.NRRSRPdBm10, NRRSRQdB10: p.NRRSRQdB10,
		DownKbps: p.DownKbps, UpKbps: p.UpKbps, LatencyMs10: p.LatencyMs10, JitterMs10: p.JitterMs10,
		LossPermille: p.LossPermille, Active: p.Active, Sessions: p.Sessions, Devices: p.Devices,
		Quantity: p.Quantity, ValueE3: p.ValueE3,
	}
}

// ScoringRecords converts a batch with ScoringRecord.
func ScoringRecords(ps []PublicRecord) []Record {
	return AppendScoringRecords(make([]Record, 0, len(ps)), ps)
}

// AppendScoringRecords appends the ScoringRecord of each of ps to dst and returns the extended
// slice. Records of one pseudonym share one device id string, made once per batch, so that a
// caller reusing dst converts a batch without allocating.
func AppendScoringRecords(dst []Record, ps []PublicRecord) []Record {
	dst = growRecords(dst, len(ps))
	var ids map[[16]byte]string
	var lastPseudo [16]byte
	var lastID string
	for i := range ps {
		p := &ps[i]
		if i == 0 || p.Pseudonym != lastPseudo {
			id, ok := ids[p.Pseudonym]
			if !ok {
				id = hex.EncodeToString(p.Pseudonym[:])
				if i > 0 {
					// A second pseudonym: remember them all from now on.
					if ids == nil {
						ids = map[[16]byte]string{lastPseudo: lastID}
					}
					ids[p.Pseudonym] = id
				}
			}
			lastPseudo, lastID = p.Pseudonym, id
		}
		r := p.scoringRecord()
		r.DeviceID = lastID
		dst = append(dst, r)
	}
	return dst
}

// growRecords returns dst with room for n more records.
func growRecords(dst []Record, n int) []Record {
	if cap(dst)-len(dst) >= n {
		return dst
	}
	out := make([]Record, len(dst), len(dst)+n)
	copy(out, dst)
	return out
}
