package evm

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
)

// Fork rewinds the embedded chain's head to the block parent, so that the blocks sealed next form
// a competing branch that replaces the old one: a chain reorganization, for tests of what follows
// the chain (indexers, agents). Cached nonces are forgotten, since the old branch's transactions
// are no longer on the chain.
func (c *Chain) Fork(parent common.Hash) error {
	if c.sim == nil {
		return datpin.Errorf(datpin.EINVALID, "only the embedded chain can be forked")
	}
	c.mine.Lock()
	defer c.mine.Unlock()
	if err := c.sim.Fork(parent); err != nil {
		return datpin.Wrap(datpin.EINVALID, err, "fork at %s", parent)
	}
	c.nonces.mu.Lock()
	clear(c.nonces.next)
	c.nonces.mu.Unlock()
	return nil
}

// Mine seals a block on the embedded chain (empty when nothing is pending) and returns its hash.
func (c *Chain) Mine() (common.Hash, error) {
	if c.sim == nil {
		return common.Hash{}, datpin.Errorf(datpin.EINVALID, "only the embedded chain is mined on demand")
	}
	c.mine.Lock()
	defer c.mine.Unlock()
	return c.sim.Commit(), nil
}
