package datpin

import "context"

// PublicRecord is the anonymized form of a Record, the only form that may
// leave the device. Package privacy makes it: the device id becomes a keyed
// pseudonym that changes every epoch, and the exact position becomes an H3
// cell. Package pack gives it a canonical byte encoding, whose hashes are the
// leaves of a batch's Merkle tree.
//
// The measurement fields mean exactly what they mean in Record, including
// Missing for a measurement that was not taken.
type PublicRecord struct {
	Kind RecordKind
	Time int64 // Unix milliseconds, UTC

	Pseudonym [16]byte // keyed per-epoch pseudonym of Record.DeviceID
	StationID string   // base station (eNodeB/gNodeB) id, as in Record
	CellID    string   // cell id within the station, as in Record
	H3Cell    uint64   // coarsened position (H3 index); 0 if unknown
	SpeedKmh  int32    // km/h

	// Radio (KindSession).
	Mode        NetworkMode
	RSRPdBm10   int32
	RSRQdB10    int32
	SINRdB10    int32
	RSSIdBm10   int32
	CQI         int32
	NRRSRPdBm10 int32
	NRRSRQdB10  int32

	// Traffic and QoE (KindSession; KindHeartbeat uses DownKbps/UpKbps).
	DownKbps     int32
	UpKbps       int32
	LatencyMs10  int32
	JitterMs10   int32
	LossPermille int32
	Active       bool

	// Station (KindHeartbeat).
	Sessions int32
	Devices  int32

	// Sensor (KindSensor).
	Quantity Quantity
	ValueE3  int64
}

// ContentStore keeps blocks of bytes under their content address: a CIDv1
// string with the raw codec and a sha2-256 multihash (see ARCHITECTURE.md).
// The same bytes get the same CID from every implementation.
//
// Errors are *Error values: ENOTFOUND when the store does not hold the CID,
// EINVALID for a malformed CID or a block whose bytes do not match its CID,
// EUNAVAILABLE when the store cannot be reached (retry later).
type ContentStore interface {
	// Put stores data and returns its CID. Putting bytes that are already
	// stored is not an error and returns the same CID.
	Put(ctx context.Context, data []byte) (cid string, err error)
	// Get returns the bytes stored under cid, verified against it.
	Get(ctx context.Context, cid string) ([]byte, error)
	// Has reports whether the store holds cid.
	Has(ctx context.Context, cid string) (bool, error)
}
