package agent

import (
	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// window returns the quality window of an epoch: quality.Epoch for day
// epochs (what validators use), else the epoch's own range.
func window(epoch uint32, epochLength int64) quality.Window {
	if epochLength == DefaultEpochLength {
		return quality.Epoch(epoch)
	}
	start := int64(epoch) * epochLength * 1000
	return quality.Window{Start: start, End: start + epochLength*1000}
}

// scoreBatch is the edge's tentative score of a batch: quality's
// ScoreContribution over the anonymized records as scoring sees them
// (datpin.ScoringRecords), exactly what every validator recomputes from
// the decrypted package.
func scoreBatch(pub []datpin.PublicRecord, epoch uint32, epochLength int64) quality.Contribution {
	return quality.ScoreContribution(datpin.ScoringRecords(pub), window(epoch, epochLength))
}
