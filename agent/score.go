package agent

import (
	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// scoreBatch is the edge's tentative score of a batch: quality's
// ScoreContribution over the anonymized records as scoring sees them
// (datpin.ScoringRecords), exactly what every validator recomputes from
// the decrypted package.
func scoreBatch(pub []datpin.PublicRecord, epoch uint32, epochLength int64) quality.Contribution {
	return quality.ScoreContribution(datpin.ScoringRecords(pub), quality.EpochWindow(epoch, epochLength))
}
