package datpin

import "math"

// Missing marks a measurement that was not taken (G-NetTrack's "-").
// Every integer field of a record uses it; scoring skips missing inputs and
// says so in its explanation.
const Missing int32 = math.MinInt32

// RecordKind tells which schema a Record follows.
type RecordKind uint8

const (
	KindSession   RecordKind = 1 // a device's connectivity sample (one row of a drive test)
	KindHeartbeat RecordKind = 2 // a base station's heartbeat with served traffic
	KindSensor    RecordKind = 3 // an IoT sensor reading
)

func (k RecordKind) String() string {
	switch k {
	case KindSession:
		return "session"
	case KindHeartbeat:
		return "heartbeat"
	case KindSensor:
		return "sensor"
	}
	return "unknown"
}

// NetworkMode is the radio access technology of a sample.
type NetworkMode uint8

const (
	ModeUnknown NetworkMode = 0
	Mode2G      NetworkMode = 2
	Mode3G      NetworkMode = 3
	ModeLTE     NetworkMode = 4
	ModeNR      NetworkMode = 5 // 5G NR (NSA or SA)
)

func (m NetworkMode) String() string {
	switch m {
	case Mode2G:
		return "2G"
	case Mode3G:
		return "3G"
	case ModeLTE:
		return "LTE"
	case ModeNR:
		return "NR"
	}
	return "unknown"
}

// Record is one measurement at the edge, before privacy is applied. Numeric
// fields are fixed-point integers (units in the field comment) so that scores
// computed from them are reproducible bit for bit; Missing means not measured.
//
// Fields that identify a person (DeviceID, exact position) never leave the
// device: package privacy turns them into a keyed pseudonym and an H3 cell.
type Record struct {
	Kind RecordKind
	Time int64 // Unix milliseconds, UTC

	// Identity and place (raw; removed by privacy before packaging).
	DeviceID  string // IMSI/IMEI/user id/sensor serial as the device knows it
	StationID string // base station (eNodeB/gNodeB) id, e.g. G-NetTrack NODEHEX
	CellID    string // cell id within the station
	LatE7     int32  // latitude, 1e-7 degrees (Missing if unknown)
	LonE7     int32  // longitude, 1e-7 degrees (Missing if unknown)
	SpeedKmh  int32  // km/h

	// Radio (KindSession).
	Mode        NetworkMode
	RSRPdBm10   int32 // RSRP, 0.1 dBm (LTE, or NR when Mode is NR and only NR is present)
	RSRQdB10    int32 // RSRQ, 0.1 dB
	SINRdB10    int32 // SINR/SNR, 0.1 dB
	RSSIdBm10   int32 // RSSI, 0.1 dBm
	CQI         int32 // 0..15
	NRRSRPdBm10 int32 // NR RSRP, 0.1 dBm (NSA: the NR leg)
	NRRSRQdB10  int32 // NR RSRQ, 0.1 dB

	// Traffic and QoE (KindSession; KindHeartbeat uses DownKbps/UpKbps as served traffic).
	DownKbps     int32 // downlink throughput, kbit/s
	UpKbps       int32 // uplink throughput, kbit/s
	LatencyMs10  int32 // round-trip latency, 0.1 ms
	JitterMs10   int32 // jitter (ping stdev), 0.1 ms
	LossPermille int32 // packet loss, 1/1000
	Active       bool  // the device was transferring data (G-NetTrack State D)

	// Station (KindHeartbeat).
	Sessions int32 // sessions served since the previous heartbeat
	Devices  int32 // distinct devices attached

	// Sensor (KindSensor): one quantity per record.
	Quantity Quantity
	ValueE3  int64 // value in the quantity's unit, 1e-3 units
}

// Quantity names what a sensor reading measures, with its unit.
type Quantity uint8

const (
	QuantityNone         Quantity = 0
	QuantityTemperatureC Quantity = 1 // °C
	QuantityHumidityPct  Quantity = 2 // relative humidity, %
	QuantityPressureHPa  Quantity = 3 // hPa
	QuantityWindMS       Quantity = 4 // m/s
	QuantityPrecipMM     Quantity = 5 // mm
	QuantityPM25         Quantity = 6 // µg/m³
)

// NewRecord returns a Record of the given kind with every measurement Missing.
func NewRecord(kind RecordKind) Record {
	return Record{
		Kind: kind, LatE7: Missing, LonE7: Missing, SpeedKmh: Missing,
		RSRPdBm10: Missing, RSRQdB10: Missing, SINRdB10: Missing, RSSIdBm10: Missing,
		CQI: Missing, NRRSRPdBm10: Missing, NRRSRQdB10: Missing,
		DownKbps: Missing, UpKbps: Missing, LatencyMs10: Missing, JitterMs10: Missing,
		LossPermille: Missing, Sessions: Missing, Devices: Missing,
	}
}

// RowError reports a malformed input row. Parsers set the row aside (to a
// quarantine file) and go on with the rest.
type RowError struct {
	File   string
	Line   int
	Reason string
	Raw    string // the offending line, as read
}

func (e *RowError) Error() string {
	return e.File + ":" + itoa(e.Line) + ": " + e.Reason
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
