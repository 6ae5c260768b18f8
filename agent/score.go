package agent

import (
	"sync"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// scoreScratch is the reusable memory of one scoring: the batch as scoring
// sees it and the scorer's working space.
type scoreScratch struct {
	recs []datpin.Record
	s    quality.Scorer
}

var scoreScratches = sync.Pool{New: func() any { return new(scoreScratch) }}

// scoreBatch is the edge's tentative score of a batch: quality's
// ScoreContribution over the anonymized records as scoring sees them
// (datpin.ScoringRecords), exactly what every validator recomputes from
// the decrypted package. Scratch memory is pooled, so that scoring batch
// after batch allocates next to nothing.
func scoreBatch(pub []datpin.PublicRecord, epoch uint32, epochLength int64) quality.Contribution {
	sc := scoreScratches.Get().(*scoreScratch)
	sc.recs = datpin.AppendScoringRecords(sc.recs[:0], pub)
	c := sc.s.ScoreContribution(sc.recs, quality.EpochWindow(epoch, epochLength))
	// The records keep the batch's id strings alive until the next use, or
	// until the pool lets go of the scratch after a garbage collection.
	sc.recs = sc.recs[:0]
	scoreScratches.Put(sc)
	return c
}
