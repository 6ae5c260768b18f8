package index

import (
	"slices"
	"time"
)

// Event kinds of the feed. docs/EVENTS.md documents each one's data; index/testdata/events holds
// a golden example of each, against which a test checks that no field was removed or renamed.
const (
	KindDATAnchored             = "dat.anchored"
	KindDATFinalized            = "dat.finalized"
	KindDATRejected             = "dat.rejected"
	KindValidatorFault          = "validator.fault"
	KindStationOffline          = "station.offline"
	KindStationScoreDrop        = "station.score_drop"
	KindStationLocationMismatch = "station.location_mismatch"
	KindSale                    = "sale"
	KindChainReorg              = "chain.reorg"
	// KindDisputeUpdated is reserved for the updates of an appeal or a delivery dispute; the index
	// emits none yet.
	KindDisputeUpdated = "dispute.updated"
)

// EventKinds maps each kind to the version of its data schema. A version changes only when a
// field is removed, renamed or changes meaning; added fields keep it.
var EventKinds = map[string]int{
	KindDATAnchored:             1,
	KindDATFinalized:            1,
	KindDATRejected:             1,
	KindValidatorFault:          1,
	KindStationOffline:          1,
	KindStationScoreDrop:        1,
	KindStationLocationMismatch: 1,
	KindSale:                    1,
	KindChainReorg:              1,
	KindDisputeUpdated:          1,
}

// KindNames returns the event kinds, sorted.
func KindNames() []string {
	out := make([]string, 0, len(EventKinds))
	for k := range EventKinds {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// EventData returns a new value of the Go type of kind's data (nil for a reserved kind).
func EventData(kind string) any {
	switch kind {
	case KindDATAnchored:
		return new(DATAnchored)
	case KindDATFinalized:
		return new(DATFinalized)
	case KindDATRejected:
		return new(DATRejected)
	case KindValidatorFault:
		return new(ValidatorFault)
	case KindStationOffline:
		return new(StationOffline)
	case KindStationScoreDrop:
		return new(StationScoreDrop)
	case KindStationLocationMismatch:
		return new(StationLocationMismatch)
	case KindSale:
		return new(Sale)
	case KindChainReorg:
		return new(ChainReorg)
	}
	return nil
}

// DATAnchored (dat.anchored): a station's contribution was anchored as a DAT.
type DATAnchored struct {
	Token          uint64  `json:"token"`
	Station        string  `json:"station"`
	Epoch          uint32  `json:"epoch"`
	Cell           string  `json:"cell"` // the contribution's H3 cell, hex
	Records        uint32  `json:"records"`
	MerkleRoot     string  `json:"merkleRoot"`
	CID            string  `json:"cid"`
	TentativeScore *uint16 `json:"tentativeScore"` // the station's own score; null when unknown
	AnchoredAt     uint64  `json:"anchoredAt"`
}

// DATFinalized (dat.finalized): validators agreed on a DAT's score at or above the threshold.
type DATFinalized struct {
	Token          uint64  `json:"token"`
	Station        string  `json:"station"`
	Epoch          uint32  `json:"epoch"`
	Cell           string  `json:"cell"`
	Records        uint32  `json:"records"`
	Score          uint16  `json:"score"` // the agreed score, basis points
	TentativeScore *uint16 `json:"tentativeScore"`
	Value          uint64  `json:"value"`
	ShareRatio     uint64  `json:"shareRatio"`
}

// DATRejected (dat.rejected): a DAT was rejected, with the chain's reason: below-threshold (the
// agreed score is under the threshold) or no-quorum (too few validators revealed a score).
type DATRejected struct {
	Token          uint64  `json:"token"`
	Station        string  `json:"station"`
	Epoch          uint32  `json:"epoch"`
	Cell           string  `json:"cell"`
	Records        uint32  `json:"records"`
	Score          uint16  `json:"score"`
	TentativeScore *uint16 `json:"tentativeScore"`
	Reason         string  `json:"reason"`
}

// FaultToken is a token a validator scored beyond the oracle's tolerance of the agreed score.
type FaultToken struct {
	Token     uint64 `json:"token"`
	Station   string `json:"station"`
	Score     uint16 `json:"score"`  // the validator's
	Agreed    uint16 `json:"agreed"` // the agreed score
	Deviation int    `json:"deviation"`
}

// ValidatorFault (validator.fault): a validator was charged faults, for scores far from the
// agreed ones (cause "disagreement") or for a commitment it never revealed (cause "withheld").
type ValidatorFault struct {
	Validator   string       `json:"validator"`
	Cause       string       `json:"cause"`
	Faults      uint32       `json:"faults"`      // charged by this event (disagreement); 0 for withheld
	TotalFaults uint32       `json:"totalFaults"` // the validator's count after it (disagreement)
	Agreements  uint32       `json:"agreements"`  // the validator's count after it (disagreement)
	Slashed     string       `json:"slashed"`     // stake slashed, base units
	Round       uint64       `json:"round"`       // the round withheld (0 for disagreement)
	Tolerance   uint16       `json:"tolerance"`   // the oracle's tolerance at the time
	Tokens      []FaultToken `json:"tokens"`      // the tokens scored beyond it (disagreement)
}

// StationOffline (station.offline): the index saw no activity of an active station for longer
// than the configured time. Activity is what the chain shows: an anchored contribution, the
// onboarding, a move, a reactivation. One event per silence: the next activity ends it.
type StationOffline struct {
	Station          string `json:"station"`
	LastActivity     uint64 `json:"lastActivity"`     // Unix seconds
	LastActivityKind string `json:"lastActivityKind"` // anchored, onboarded, moved, activated
	SilentSeconds    uint64 `json:"silentSeconds"`    // up to the block that showed it
	AfterSeconds     uint64 `json:"afterSeconds"`     // the configured threshold
}

// StationScoreDrop (station.score_drop): a DAT's agreed score fell more than the configured
// percentage below the mean agreed score of the station's earlier DATs.
type StationScoreDrop struct {
	Station          string  `json:"station"`
	Token            uint64  `json:"token"`
	Epoch            uint32  `json:"epoch"`
	Score            uint16  `json:"score"`
	PreviousAverage  float64 `json:"previousAverage"`
	PreviousTokens   int     `json:"previousTokens"`
	DropPercent      float64 `json:"dropPercent"`
	ThresholdPercent float64 `json:"thresholdPercent"`
}

// StationLocationMismatch (station.location_mismatch): a station or sensor anchored data whose H3
// cell neither contains nor lies in the cell it is registered at.
type StationLocationMismatch struct {
	Station          string `json:"station"`
	Token            uint64 `json:"token"`
	RegisteredCell   string `json:"registeredCell"`
	ContributionCell string `json:"contributionCell"`
	DeviceType       uint8  `json:"deviceType"`
}

// SaleEntry is one delivered manifest entry of a holder.
type SaleEntry struct {
	Token   uint64 `json:"token"`
	Station string `json:"station"`
	Units   uint64 `json:"units"`
	Share   string `json:"share"` // of the pool, base units of the asset
}

// Sale (sale): a market purchase was delivered; one event per holder of delivered tokens.
type Sale struct {
	Purchase  uint64      `json:"purchase"`
	Listing   uint64      `json:"listing"`
	Holder    string      `json:"holder"`
	Buyer     string      `json:"buyer"`
	Gateway   string      `json:"gateway"`
	Asset     string      `json:"asset"`
	BundleCID string      `json:"bundleCid"`
	Tokens    int         `json:"tokens"`
	Units     uint64      `json:"units"`
	Amount    string      `json:"amount"` // the holder's shares of the pool, claimable
	Entries   []SaleEntry `json:"entries"`
}

// ChainReorg (chain.reorg): a reorganization undid blocks Fork+1..Tip; the events they carried are
// gone from the feed and listed here (at most 1,000 ids; Truncated says more were).
type ChainReorg struct {
	Fork         uint64   `json:"fork"`
	Tip          uint64   `json:"tip"`
	Retracted    int      `json:"retracted"`
	RetractedIDs []string `json:"retractedIds"`
	Truncated    bool     `json:"truncated"`
}

// AlertConfig sets when the feed's derived station events fire.
type AlertConfig struct {
	// OfflineAfter is the silence after which an active station is offline (0: 48 hours;
	// negative: never).
	OfflineAfter time.Duration
	// ScoreDropPercent is how far, in percent, an agreed score must fall below the station's
	// previous average to be a drop (0: 20; negative: never).
	ScoreDropPercent float64
}

// Default thresholds of AlertConfig.
const (
	DefaultOfflineAfter     = 48 * time.Hour
	DefaultScoreDropPercent = 20.0
)

func (a AlertConfig) withDefaults() AlertConfig {
	if a.OfflineAfter == 0 {
		a.OfflineAfter = DefaultOfflineAfter
	}
	if a.ScoreDropPercent == 0 {
		a.ScoreDropPercent = DefaultScoreDropPercent
	}
	return a
}
