package explain

import (
	"bytes"
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/contracts/bindings/datamarket"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/evm"
)

// chainView reads the oracle's schedule and parameters once per explanation.
type chainView struct {
	s                                       *evm.Suite
	genesis, roundLen, commitWin, revealWin uint64
	params                                  qualityoracle.QualityOracleParams
	rounds                                  map[uint64][]committer
}

// committer is a validator that committed to a round, with its weight there and the fate of its
// commitment.
type committer struct {
	validator common.Address
	weight    *big.Int
	revealed  bool
	withheld  bool
}

func (e *Explainer) chain(ctx context.Context) (*chainView, error) {
	s := e.s
	o := s.OracleABI
	c := &chainView{s: s, rounds: map[uint64][]committer{}}
	call := func(data []byte) ([]byte, error) { return s.Chain.Call(ctx, common.Address{}, s.Oracle, data) }
	var err error
	read := func(data []byte, unpack func([]byte) (uint64, error)) uint64 {
		if err != nil {
			return 0
		}
		var out []byte
		if out, err = call(data); err != nil {
			return 0
		}
		var v uint64
		if v, err = unpack(out); err != nil {
			err = datpin.Wrap(datpin.EINTERNAL, err, "decode the oracle's schedule")
		}
		return v
	}
	u32 := func(f func([]byte) (uint32, error)) func([]byte) (uint64, error) {
		return func(b []byte) (uint64, error) { v, err := f(b); return uint64(v), err }
	}
	c.genesis = read(o.PackGenesis(), o.UnpackGenesis)
	c.roundLen = read(o.PackRoundLength(), u32(o.UnpackRoundLength))
	c.commitWin = read(o.PackCommitWindow(), u32(o.UnpackCommitWindow))
	c.revealWin = read(o.PackRevealWindow(), u32(o.UnpackRevealWindow))
	if err != nil {
		return nil, err
	}
	if c.roundLen == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "oracle %s has no round length", s.Oracle)
	}
	out, err := call(o.PackParams())
	if err != nil {
		return nil, err
	}
	p, err := o.UnpackParams(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode params")
	}
	c.params = qualityoracle.QualityOracleParams{Quorum: p.Quorum, Threshold: p.Threshold, Tolerance: p.Tolerance,
		ExitDelay: p.ExitDelay, StaleAfter: p.StaleAfter, DisputeWindow: p.DisputeWindow, FaultsPerWithhold: p.FaultsPerWithhold,
		MinStake: p.MinStake, SlashPerFault: p.SlashPerFault}
	return c, nil
}

// roundAt is the oracle's roundAt.
func (c *chainView) roundAt(ts uint64) uint64 {
	if ts < c.genesis {
		return 0
	}
	return (ts - c.genesis) / c.roundLen
}

// windows is the oracle's windows(round).
func (c *chainView) windows(round uint64) (commitOpens, revealOpens, revealCloses uint64) {
	commitOpens = c.genesis + (round+1)*c.roundLen
	revealOpens = commitOpens + c.commitWin
	return commitOpens, revealOpens, revealOpens + c.revealWin
}

// committers reads a round's committers, their weights and whether each revealed.
func (c *chainView) committers(ctx context.Context, round uint64) ([]committer, error) {
	if cs, ok := c.rounds[round]; ok {
		return cs, nil
	}
	s, o := c.s, c.s.OracleABI
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, o.PackCommittersOf(new(big.Int).SetUint64(round)))
	if err != nil {
		return nil, err
	}
	list, err := o.UnpackCommittersOf(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode committersOf")
	}
	cs := make([]committer, len(list))
	for i, cm := range list {
		out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, o.PackCommitmentState(new(big.Int).SetUint64(round), cm.Validator))
		if err != nil {
			return nil, err
		}
		st, err := o.UnpackCommitmentState(out)
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode commitmentState")
		}
		cs[i] = committer{validator: cm.Validator, weight: cm.Weight, revealed: st.Revealed, withheld: st.Withheld}
	}
	c.rounds[round] = cs
	return cs, nil
}

// revealedScore is the oracle's revealedScore.
func (c *chainView) revealedScore(ctx context.Context, v common.Address, id uint64) (uint16, error) {
	s, o := c.s, c.s.OracleABI
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, o.PackRevealedScore(v, new(big.Int).SetUint64(id)))
	if err != nil {
		return 0, err
	}
	sc, err := o.UnpackRevealedScore(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode revealedScore")
	}
	return sc, nil
}

// verdict is a token's Finalized or Rejected event.
type verdict struct {
	accepted bool
	score    uint16
	reason   string
	block    uint64
	tx       string
}

type claimKey struct {
	token uint64
	asset common.Address
}

type saleClaim struct {
	asset  common.Address
	amount *big.Int
}

// tokenEvents are the events of the explained tokens.
type tokenEvents struct {
	verdicts map[uint64]*verdict
	claimed  map[claimKey]*big.Int
	sales    map[uint64][]saleClaim
}

var datTopics, marketTopics = func() (map[string]common.Hash, map[string]common.Hash) {
	d, err := dataanchoringtoken.DataAnchoringTokenMetaData.ParseABI()
	if err != nil {
		panic(err) // compiled in
	}
	m, err := datamarket.DataMarketMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return map[string]common.Hash{"Finalized": d.Events["Finalized"].ID, "Rejected": d.Events["Rejected"].ID, "Claimed": d.Events["Claimed"].ID},
		map[string]common.Hash{"SaleClaimed": m.Events["SaleClaimed"].ID}
}()

// events reads the verdicts, reward claims and sale claims of ids since the deployment, a few
// hundred tokens per query.
func (c *chainView) events(ctx context.Context, ids []uint64) (*tokenEvents, error) {
	s := c.s
	ev := &tokenEvents{verdicts: map[uint64]*verdict{}, claimed: map[claimKey]*big.Int{}, sales: map[uint64][]saleClaim{}}
	uniq := map[uint64]bool{}
	var list []uint64
	for _, id := range ids {
		if !uniq[id] {
			uniq[id] = true
			list = append(list, id)
		}
	}
	purchaseAsset := map[uint64]common.Address{}
	for i := 0; i < len(list); i += 200 {
		chunk := list[i:min(i+200, len(list))]
		topics := make([]common.Hash, len(chunk))
		for k, id := range chunk {
			topics[k] = common.BigToHash(new(big.Int).SetUint64(id))
		}
		logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(s.Block), Addresses: []common.Address{s.DAT},
			Topics: [][]common.Hash{{datTopics["Finalized"], datTopics["Rejected"], datTopics["Claimed"]}, topics},
		})
		if err != nil {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the token contract's events")
		}
		for i := range logs {
			l := &logs[i]
			switch l.Topics[0] {
			case datTopics["Finalized"]:
				f, err := s.DATABI.UnpackFinalizedEvent(l)
				if err != nil {
					return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode Finalized")
				}
				ev.verdicts[f.TokenId.Uint64()] = &verdict{accepted: true, score: f.Score, block: l.BlockNumber, tx: l.TxHash.Hex()}
			case datTopics["Rejected"]:
				r, err := s.DATABI.UnpackRejectedEvent(l)
				if err != nil {
					return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode Rejected")
				}
				ev.verdicts[r.TokenId.Uint64()] = &verdict{score: r.Score, reason: reasonName(r.Reason), block: l.BlockNumber, tx: l.TxHash.Hex()}
			case datTopics["Claimed"]:
				cl, err := s.DATABI.UnpackClaimedEvent(l)
				if err != nil {
					return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode Claimed")
				}
				k := claimKey{cl.TokenId.Uint64(), cl.Asset}
				if ev.claimed[k] == nil {
					ev.claimed[k] = new(big.Int)
				}
				ev.claimed[k].Add(ev.claimed[k], cl.Amount)
			}
		}
		if s.Market == (common.Address{}) {
			continue
		}
		logs, err = s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(s.Block), Addresses: []common.Address{s.Market},
			Topics: [][]common.Hash{{marketTopics["SaleClaimed"]}, nil, topics},
		})
		if err != nil {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the data market's events")
		}
		for i := range logs {
			sc, err := s.MarketABI.UnpackSaleClaimedEvent(&logs[i])
			if err != nil {
				return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode SaleClaimed")
			}
			pid := sc.PurchaseId.Uint64()
			asset, ok := purchaseAsset[pid]
			if !ok {
				p, err := s.PurchaseOf(ctx, pid)
				if err != nil {
					return nil, err
				}
				asset, purchaseAsset[pid] = p.Asset, p.Asset
			}
			id := sc.TokenId.Uint64()
			ev.sales[id] = append(ev.sales[id], saleClaim{asset: asset, amount: sc.Amount})
		}
	}
	return ev, nil
}

// reasonName is a bytes32 reason as text.
func reasonName(b [32]byte) string { return string(bytes.TrimRight(b[:], "\x00")) }
