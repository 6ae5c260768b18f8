package agent

import (
	"sync"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

var scorers = sync.Pool{New: func() any { return new(quality.Scorer) }}

// scoreBatch is the edge's tentative score of a batch: quality.ScorePackage
// over its public records, the function every validator recomputes the
// score with from the decrypted package. Scorers are pooled, so that
// scoring batch after batch allocates next to nothing.
func scoreBatch(pub []datpin.PublicRecord, epoch uint32, epochLength int64) quality.Contribution {
	s := scorers.Get().(*quality.Scorer)
	c := s.ScorePackage(pub, epoch, epochLength)
	scorers.Put(s)
	return c
}
