package api

import (
	"net/http"
	"strconv"
	"sync"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/freedata"
)

// Bounds of /freedata/simulation's inputs: a simulation at the bounds takes about a tenth of a
// second of one core.
const (
	MaxSimSubscribers = 10_000
	MaxSimYears       = 20
	simCacheSize      = 64
)

// simKey is what a served simulation depends on: the rest of its configuration is
// freedata.DefaultSim's, as in `datpin plan simulate`.
type simKey struct {
	subscribers, years int
	seed               uint64
}

// simCache keeps the simulations served, by their inputs. A simulation reads nothing from the
// chain or the index, so a result stays valid; the oldest is dropped beyond simCacheSize. One
// simulation runs at a time.
type simCache struct {
	mu    sync.Mutex
	run   sync.Mutex
	items map[simKey]*freedata.SimResult
	order []simKey
}

func (c *simCache) lookup(k simKey) *freedata.SimResult {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items[k]
}

func (c *simCache) get(k simKey) (*freedata.SimResult, error) {
	if r := c.lookup(k); r != nil {
		return r, nil
	}
	c.run.Lock()
	defer c.run.Unlock()
	if r := c.lookup(k); r != nil { // simulated while this request waited
		return r, nil
	}
	cfg := freedata.DefaultSim()
	cfg.Subscribers, cfg.Years, cfg.Seed = k.subscribers, k.years, k.seed
	r, err := freedata.Simulate(cfg)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.items == nil {
		c.items = map[simKey]*freedata.SimResult{}
	}
	if len(c.order) >= simCacheSize {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.items[k] = r
	c.order = append(c.order, k)
	return r, nil
}

// simulation answers freedata.Simulate of DefaultSim with the request's subscribers, years and
// seed, the inputs `datpin plan simulate` takes by default.
func (s *Server) simulation(w http.ResponseWriter, r *http.Request) error {
	def := freedata.DefaultSim()
	k := simKey{seed: def.Seed}
	var err error
	if k.subscribers, err = intParam(r, "subscribers", def.Subscribers); err != nil {
		return err
	}
	if k.subscribers < 1 || k.subscribers > MaxSimSubscribers {
		return datpin.Errorf(datpin.EINVALID, "subscribers must be 1..%d", MaxSimSubscribers)
	}
	if k.years, err = intParam(r, "years", def.Years); err != nil {
		return err
	}
	if k.years < 1 || k.years > MaxSimYears {
		return datpin.Errorf(datpin.EINVALID, "years must be 1..%d", MaxSimYears)
	}
	if v := r.URL.Query().Get("seed"); v != "" {
		if k.seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			return datpin.Errorf(datpin.EINVALID, "seed must be a non-negative integer")
		}
	}
	res, err := s.sims.get(k)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}
