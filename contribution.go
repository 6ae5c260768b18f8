package datpin

// Status of an anchored contribution's token.
type Status uint8

const (
	StatusNone      Status = 0
	StatusPending   Status = 1 // anchored, awaiting validators; counts 0 in totalShare
	StatusFinalized Status = 2 // value and shareRatio set from the validators' median
	StatusRejected  Status = 3 // median below the trust threshold; value and share 0
)

func (s Status) String() string {
	switch s {
	case StatusPending:
		return "pending"
	case StatusFinalized:
		return "finalized"
	case StatusRejected:
		return "rejected"
	}
	return "none"
}

// Contribution is what a device signs (EIP-712) and the DataAnchoringToken
// records for one anchored batch, e.g. one station-day of connectivity logs.
// Its field order and types are those of the Solidity struct and of the
// EIP-712 type string ContributionTypeString.
type Contribution struct {
	ClassID     uint64   // DAT class (data product)
	Device      [20]byte // the registered device/station key that signed
	Epoch       uint32   // the data's epoch (Unix time / epoch length)
	H3Cell      uint64   // H3 cell of the batch's region
	RecordCount uint32   // records in the batch (Merkle leaves)
	MerkleRoot  [32]byte // root over the batch's records (OpenZeppelin MerkleProof rules)
	CIDDigest   [32]byte // sha2-256 digest of the package: CIDv1, raw codec
	Score       uint16   // tentative edge score, 0..ScoreMax
	ZKCommit    [32]byte // SNARK-friendly commitment to the records (zero if no proof)
	Deadline    uint64   // Unix seconds after which the signature is refused
}

// ContributionTypeString is the EIP-712 type of Contribution. The domain is
// {name: "datpin", version: "1", chainId, verifyingContract: the DataAnchoringToken}.
const ContributionTypeString = "Contribution(uint64 classId,address device,uint32 epoch,uint64 h3Cell,uint32 recordCount,bytes32 merkleRoot,bytes32 cidDigest,uint16 score,bytes32 zkCommit,uint64 deadline)"

// OnboardTypeString is the EIP-712 type a device signs to bind itself to an
// operator in the DeviceRegistry (domain verifyingContract: the registry). The
// operator must be the transaction's sender, so registration cannot be
// front-run into someone else's device.
const OnboardTypeString = "Onboard(address device,address operator,uint64 h3Cell,uint8 deviceType,uint64 deadline)"

// DeviceType classifies a registered device.
type DeviceType uint8

const (
	DeviceStation DeviceType = 1 // base station (eNodeB/gNodeB/small cell)
	DeviceHandset DeviceType = 2 // eSIM device reporting connectivity sessions
	DeviceSensor  DeviceType = 3 // IoT sensor
)
