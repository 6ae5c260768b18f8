// Package telemetry turns device and station data into datpin.Record values.
//
// Three input formats are read, each by a streaming parser that calls emit
// once per record and never holds the whole input:
//
//   - ParseGNetTrack: G-NetTrack Pro CSV drive-test exports, one session
//     record per row. The device id is not in the rows: pass it (the file
//     name does).
//   - ParseWeather: hourly weather CSV series, one sensor record per
//     quantity per row (temperature, humidity, wind, precipitation,
//     pressure, PM2.5).
//   - ParseJSONL: datpin JSON Lines, one flat object per line whose "kind"
//     is session, heartbeat or sensor. The schemas are in schema/ (and in
//     Schemas). WriteJSONL writes the same format, so a simulator or a
//     converter produces what the parser reads, and parse → write → parse
//     gives back the same records.
//
// Parse detects the format of a stream from its first line; ParsePath does
// the same for a file or every data file under a directory:
//
//	q, err := telemetry.OpenQuarantine("bad-rows.jsonl")
//	...
//	defer q.Close()
//	st, err := telemetry.ParsePath("traces/", func(r datpin.Record) error {
//		return batch.Add(r)
//	}, q.Add)
//
// Parsers are strict. A row that cannot be a measurement (wrong number of
// fields, unparsable value, value outside physical limits such as RSRP
// outside -156..-31 dBm, time more than a minute behind the latest time
// seen) is not emitted: it goes to the bad callback as a *datpin.RowError
// with the file, the 1-based line (the header is line 1) and the reason,
// and parsing goes on. A Quarantine keeps those rows in a JSONL file so that
// nothing read is lost. Only I/O failures, an unrecognized header or an
// error returned by emit stop a parse; emit's error comes back unchanged.
//
// Values are fixed-point integers in the units of datpin.Record; decimal
// input is converted exactly (no float rounding) and rounded half away from
// zero past the field's resolution. "-" or an empty field means not
// measured (datpin.Missing). Values devices write for "unavailable"
// (2147483647; -200 dBm/dB or below in signal columns) also become Missing
// and are counted in Stats.Unavailable, so that one dead field does not cost
// the whole row.
//
// Parsing allocates per file, not per row (ids that repeat are reused).
// Validate applies the same physical limits to records from any source.
package telemetry
