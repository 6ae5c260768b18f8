package datpin

import "encoding/hex"

// ScoringRecord returns the Record that scoring sees for p: its measurements, with the pseudonym
// (hex) as device id and no position. The edge scores these, not the raw records, so that any
// validator holding the package reproduces the tentative score bit for bit.
func (p *PublicRecord) ScoringRecord() Record {
	return Record{
		Kind: p.Kind, Time: p.Time,
		DeviceID: hex.EncodeToString(p.Pseudonym[:]), StationID: p.StationID, CellID: p.CellID,
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
	out := make([]Record, len(ps))
	for i := range ps {
		out[i] = ps[i].ScoringRecord()
	}
	return out
}
