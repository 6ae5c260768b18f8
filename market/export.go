package market

import (
	"bufio"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"io"
	"strconv"

	"github.com/parquet-go/parquet-go"

	"github.com/datpin/datpin"
)

// Export formats.
const (
	FormatCSV     = "csv"
	FormatJSONL   = "jsonl"
	FormatParquet = "parquet"
)

// ExportRow is one verified record as exported: the token and contribution it came from, then
// the public record's fields (codes as in datpin.PublicRecord, hashes and cells in hex).
type ExportRow struct {
	TokenID      uint64 `json:"tokenId" parquet:"token_id"`
	Device       string `json:"device" parquet:"device,dict"`
	Epoch        uint32 `json:"epoch" parquet:"epoch"`
	Kind         uint8  `json:"kind" parquet:"kind"`
	TimeMs       int64  `json:"timeMs" parquet:"time_ms"`
	Pseudonym    string `json:"pseudonym" parquet:"pseudonym,dict"`
	StationID    string `json:"stationId" parquet:"station_id,dict"`
	CellID       string `json:"cellId" parquet:"cell_id,dict"`
	H3Cell       string `json:"h3Cell" parquet:"h3_cell,dict"`
	SpeedKmh     int32  `json:"speedKmh" parquet:"speed_kmh"`
	Mode         uint8  `json:"mode" parquet:"mode"`
	RSRPdBm10    int32  `json:"rsrpDbm10" parquet:"rsrp_dbm10"`
	RSRQdB10     int32  `json:"rsrqDb10" parquet:"rsrq_db10"`
	SINRdB10     int32  `json:"sinrDb10" parquet:"sinr_db10"`
	RSSIdBm10    int32  `json:"rssiDbm10" parquet:"rssi_dbm10"`
	CQI          int32  `json:"cqi" parquet:"cqi"`
	NRRSRPdBm10  int32  `json:"nrRsrpDbm10" parquet:"nr_rsrp_dbm10"`
	NRRSRQdB10   int32  `json:"nrRsrqDb10" parquet:"nr_rsrq_db10"`
	DownKbps     int32  `json:"downKbps" parquet:"down_kbps"`
	UpKbps       int32  `json:"upKbps" parquet:"up_kbps"`
	LatencyMs10  int32  `json:"latencyMs10" parquet:"latency_ms10"`
	JitterMs10   int32  `json:"jitterMs10" parquet:"jitter_ms10"`
	LossPermille int32  `json:"lossPermille" parquet:"loss_permille"`
	Active       bool   `json:"active" parquet:"active"`
	Sessions     int32  `json:"sessions" parquet:"sessions"`
	Devices      int32  `json:"devices" parquet:"devices"`
	Quantity     uint8  `json:"quantity" parquet:"quantity"`
	ValueE3      int64  `json:"valueE3" parquet:"value_e3"`
}

// csvHeader names ExportRow's columns in order.
var csvHeader = []string{"token_id", "device", "epoch", "kind", "time_ms", "pseudonym", "station_id", "cell_id", "h3_cell",
	"speed_kmh", "mode", "rsrp_dbm10", "rsrq_db10", "sinr_db10", "rssi_dbm10", "cqi", "nr_rsrp_dbm10", "nr_rsrq_db10",
	"down_kbps", "up_kbps", "latency_ms10", "jitter_ms10", "loss_permille", "active", "sessions", "devices", "quantity", "value_e3"}

func exportRow(t *TokenDownload, r *datpin.PublicRecord) ExportRow {
	return ExportRow{
		TokenID: t.TokenID, Device: t.Device, Epoch: t.Epoch, Kind: uint8(r.Kind), TimeMs: r.Time,
		Pseudonym: hex.EncodeToString(r.Pseudonym[:]), StationID: r.StationID, CellID: r.CellID,
		H3Cell: strconv.FormatUint(r.H3Cell, 16), SpeedKmh: r.SpeedKmh, Mode: uint8(r.Mode),
		RSRPdBm10: r.RSRPdBm10, RSRQdB10: r.RSRQdB10, SINRdB10: r.SINRdB10, RSSIdBm10: r.RSSIdBm10, CQI: r.CQI,
		NRRSRPdBm10: r.NRRSRPdBm10, NRRSRQdB10: r.NRRSRQdB10, DownKbps: r.DownKbps, UpKbps: r.UpKbps,
		LatencyMs10: r.LatencyMs10, JitterMs10: r.JitterMs10, LossPermille: r.LossPermille, Active: r.Active,
		Sessions: r.Sessions, Devices: r.Devices, Quantity: uint8(r.Quantity), ValueE3: r.ValueE3,
	}
}

func (e *ExportRow) csv(dst []string) []string {
	i32 := func(v int32) string { return strconv.FormatInt(int64(v), 10) }
	u8 := func(v uint8) string { return strconv.FormatUint(uint64(v), 10) }
	return append(dst[:0], strconv.FormatUint(e.TokenID, 10), e.Device, strconv.FormatUint(uint64(e.Epoch), 10), u8(e.Kind),
		strconv.FormatInt(e.TimeMs, 10), e.Pseudonym, e.StationID, e.CellID, e.H3Cell, i32(e.SpeedKmh), u8(e.Mode),
		i32(e.RSRPdBm10), i32(e.RSRQdB10), i32(e.SINRdB10), i32(e.RSSIdBm10), i32(e.CQI), i32(e.NRRSRPdBm10), i32(e.NRRSRQdB10),
		i32(e.DownKbps), i32(e.UpKbps), i32(e.LatencyMs10), i32(e.JitterMs10), i32(e.LossPermille), strconv.FormatBool(e.Active),
		i32(e.Sessions), i32(e.Devices), u8(e.Quantity), strconv.FormatInt(e.ValueE3, 10))
}

// Rows returns the verified records of the download as export rows, token by token in the
// purchase's order, records in package order. Tokens that did not verify contribute nothing.
func (d *DownloadResult) Rows() []ExportRow {
	out := make([]ExportRow, 0, d.Verified)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Error != "" {
			continue
		}
		for j := range t.records {
			out = append(out, exportRow(t, &t.records[j]))
		}
	}
	return out
}

// Export writes the verified records to w in format (csv, jsonl or parquet) and returns how many
// it wrote.
func (d *DownloadResult) Export(w io.Writer, format string) (int, error) {
	rows := d.Rows()
	var err error
	switch format {
	case FormatCSV:
		cw := csv.NewWriter(w)
		err = cw.Write(csvHeader)
		rec := make([]string, 0, len(csvHeader))
		for i := range rows {
			if err != nil {
				break
			}
			rec = rows[i].csv(rec)
			err = cw.Write(rec)
		}
		if err == nil {
			cw.Flush()
			err = cw.Error()
		}
	case FormatJSONL:
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		for i := range rows {
			if err = enc.Encode(&rows[i]); err != nil {
				break
			}
		}
		if err == nil {
			err = bw.Flush()
		}
	case FormatParquet:
		pw := parquet.NewGenericWriter[ExportRow](w, parquet.Compression(&parquet.Zstd))
		if _, err = pw.Write(rows); err == nil {
			err = pw.Close()
		}
	default:
		return 0, datpin.Errorf(datpin.EINVALID, "export format %q: want csv, jsonl or parquet", format)
	}
	if err != nil {
		return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "write the %s export", format)
	}
	return len(rows), nil
}
