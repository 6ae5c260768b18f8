package index

import (
	"bytes"
	"context"
	"database/sql"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/store"
)

// abstain is the oracle's "no score" value in a reveal.
const abstain = 0xffff

// writer applies one range's logs inside its transaction.
type writer struct {
	tx       *sql.Tx
	ctx      context.Context
	s        *evm.Suite
	contribs map[uint64]Contribution
	times    map[uint64]uint64
	// manifests are the entries passed by the range's purchase transactions, by transaction.
	manifests map[common.Hash]purchaseManifest
	alerts    AlertConfig
	log       *types.Log     // the log being applied
	events    int            // events appended to the feed
	deferred  []func() error // run once the range's logs are applied (finish)
}

func (w *writer) exec(query string, args ...any) error {
	_, err := w.tx.ExecContext(w.ctx, query, args...)
	return dbErr(err, "write event")
}

func addr(a common.Address) string { return strings.ToLower(a.Hex()) }

// apply writes one log. Logs of events the index does not keep are ignored.
func (w *writer) apply(l *types.Log) error {
	if len(l.Topics) == 0 {
		return nil
	}
	s := w.s
	b, li := l.BlockNumber, l.Index
	w.log = l
	if l.Address == (common.Address{}) {
		return nil
	}
	switch l.Address {
	case s.Market:
		return w.applyMarket(l)
	case s.Vault:
		return w.applyVault(l)
	case s.Plan:
		return w.applyPlan(l)
	case s.DAT:
		d := s.DATABI
		if ev, err := d.UnpackMintedEvent(l); err == nil {
			return w.exec(`INSERT INTO tokens (id, block, tx, class, minted_to, value0, share0, expire_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET class = excluded.class,
				minted_to = excluded.minted_to, value0 = excluded.value0, share0 = excluded.share0, expire_at = excluded.expire_at`, ev.TokenId.Uint64(), b, l.TxHash.Hex(), ev.ClassId.Uint64(), addr(ev.To),
				ev.Value.Uint64(), ev.ShareRatio.Uint64(), ev.ExpireAt)
		}
		if ev, err := d.UnpackContributionAnchoredEvent(l); err == nil {
			// Minted follows ContributionAnchored in the same transaction; each fills its columns.
			id := ev.TokenId.Uint64()
			c := w.contribs[id]
			var tentative any
			var tent *uint16
			if c.Tentative {
				tentative, tent = c.Score, &c.Score
			}
			root, cid := common.Hash(ev.MerkleRoot).Hex(), store.CIDFromDigest(ev.CidDigest)
			if err := w.exec(`INSERT INTO tokens (id, block, tx, class, minted_to, device, epoch, cell, records, root, cid, tentative, anchored_at)
				VALUES (?, ?, ?, 0, '', ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET device = excluded.device,
				epoch = excluded.epoch, cell = excluded.cell, records = excluded.records, root = excluded.root, cid = excluded.cid,
				tentative = excluded.tentative, anchored_at = excluded.anchored_at`, id, b, l.TxHash.Hex(), addr(ev.Device), c.Epoch, int64(c.H3Cell),
				c.RecordCount, root, cid, tentative, w.times[b]); err != nil {
				return err
			}
			var cell string
			if c.H3Cell != 0 {
				cell = CellString(c.H3Cell)
			}
			return w.anchored(b, l.TxHash.Hex(), DATAnchored{Token: id, Station: addr(ev.Device), Epoch: c.Epoch, Cell: cell,
				Records: c.RecordCount, MerkleRoot: root, CID: cid, TentativeScore: tent, AnchoredAt: w.times[b]})
		}
		if ev, err := d.UnpackFinalizedEvent(l); err == nil {
			if err := w.exec(`INSERT OR REPLACE INTO verdicts (token, block, accepted, score, value, share, tx) VALUES (?, ?, 1, ?, ?, ?, ?)`,
				ev.TokenId.Uint64(), b, ev.Score, ev.Value.Uint64(), ev.ShareRatio.Uint64(), l.TxHash.Hex()); err != nil {
				return err
			}
			return w.verdict(b, l.TxHash.Hex(), ev.TokenId.Uint64(), true, ev.Score, ev.Value.Uint64(), ev.ShareRatio.Uint64(), "")
		}
		if ev, err := d.UnpackRejectedEvent(l); err == nil {
			reason := string(bytes.TrimRight(ev.Reason[:], "\x00"))
			if err := w.exec(`INSERT OR REPLACE INTO verdicts (token, block, accepted, score, value, share, reason, tx) VALUES (?, ?, 0, ?, 0, 0, ?, ?)`,
				ev.TokenId.Uint64(), b, ev.Score, reason, l.TxHash.Hex()); err != nil {
				return err
			}
			return w.verdict(b, l.TxHash.Hex(), ev.TokenId.Uint64(), false, ev.Score, 0, 0, reason)
		}
		if ev, err := d.UnpackTransferEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO transfers (block, log_index, token, src, dst) VALUES (?, ?, ?, ?, ?)`,
				b, li, ev.TokenId.Uint64(), addr(ev.From), addr(ev.To))
		}
		if ev, err := d.UnpackClaimedEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO claims (block, log_index, token, dst, asset, amount, tx, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				b, li, ev.TokenId.Uint64(), addr(ev.To), addr(ev.Asset), ev.Amount.String(), l.TxHash.Hex(), w.times[b])
		}
		if ev, err := d.UnpackRevenueSettledEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO settlements (block, log_index, class, asset, amount, time) VALUES (?, ?, ?, ?, ?, ?)`,
				b, li, ev.ClassId.Uint64(), addr(ev.Asset), ev.Amount.String(), w.times[b])
		}
		if ev, err := d.UnpackProofAddedEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO proofs (block, log_index, token, proof_type, uri) VALUES (?, ?, ?, ?, ?)`,
				b, li, ev.TokenId.Uint64(), proofType(ev.ProofType), ev.Uri)
		}
		if ev, err := d.UnpackExpiredEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO expirations (token, block) VALUES (?, ?)`, ev.TokenId.Uint64(), b)
		}
	case s.Registry:
		r := s.RegistryABI
		dev := func(device common.Address, kind, operator string, cell uint64, typ uint8, flag bool) error {
			return w.exec(`INSERT OR REPLACE INTO devices (block, log_index, device, kind, operator, cell, device_type, flag)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, b, li, addr(device), kind, operator, int64(cell), typ, flag)
		}
		if ev, err := r.UnpackDeviceOnboardedEvent(l); err == nil {
			return dev(ev.Device, "onboarded", addr(ev.Operator), ev.H3Cell, ev.DeviceType, true)
		}
		if ev, err := r.UnpackDeviceMovedEvent(l); err == nil {
			return dev(ev.Device, "moved", "", ev.H3Cell, 0, false)
		}
		if ev, err := r.UnpackDeviceActiveSetEvent(l); err == nil {
			return dev(ev.Device, "active", "", 0, 0, ev.Active)
		}
		if ev, err := r.UnpackDeviceSuspendedEvent(l); err == nil {
			return dev(ev.Device, "suspended", "", 0, 0, ev.Suspended)
		}
		if ev, err := r.UnpackOperatorTransferredEvent(l); err == nil {
			return dev(ev.Device, "operator", addr(ev.To), 0, 0, false)
		}
	case s.Oracle:
		o := s.OracleABI
		vev := func(v common.Address, kind, amount string, agreements, faults uint32) error {
			return w.exec(`INSERT OR REPLACE INTO validator_events (block, log_index, validator, kind, amount, agreements, faults)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, b, li, addr(v), kind, amount, agreements, faults)
		}
		if ev, err := o.UnpackRevealedEvent(l); err == nil {
			return w.reveal(b, li, l.TxHash.Hex(), ev.Round.Uint64(), ev.Validator, ev.StartTokenId.Uint64(), ev.Scores)
		}
		if ev, err := o.UnpackCommittedEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO commits (block, log_index, round, validator, commitment) VALUES (?, ?, ?, ?, ?)`,
				b, li, ev.Round.Uint64(), addr(ev.Validator), common.Hash(ev.Commitment).Hex())
		}
		if ev, err := o.UnpackValidatorScoredEvent(l); err == nil {
			if err := vev(ev.Validator, "scored", ev.Slashed.String(), ev.Agreements, ev.Faults); err != nil {
				return err
			}
			return w.validatorScored(b, li, l.TxHash.Hex(), addr(ev.Validator), ev.Agreements, ev.Faults, ev.Slashed)
		}
		if ev, err := o.UnpackValidatorRegisteredEvent(l); err == nil {
			return vev(ev.Validator, "registered", ev.Stake.String(), 0, 0)
		}
		if ev, err := o.UnpackStakeAddedEvent(l); err == nil {
			return vev(ev.Validator, "stake", ev.Amount.String(), 0, 0)
		}
		if ev, err := o.UnpackExitRequestedEvent(l); err == nil {
			return vev(ev.Validator, "exit", ev.AvailableAt.String(), 0, 0)
		}
		if ev, err := o.UnpackWithdrawnEvent(l); err == nil {
			return vev(ev.Validator, "withdrawn", ev.Amount.String(), 0, 0)
		}
		if ev, err := o.UnpackWithholdingPenalizedEvent(l); err == nil {
			if err := vev(ev.Validator, "withheld", ev.Slashed.String(), 0, 0); err != nil {
				return err
			}
			return w.withheld(b, l.TxHash.Hex(), addr(ev.Validator), ev.Round.Uint64(), ev.Slashed)
		}
		if ev, err := o.UnpackValidatorDisplacedEvent(l); err == nil {
			return vev(ev.Validator, "displaced", ev.Stake.String(), 0, 0)
		}
		if ev, err := o.UnpackParamsUpdatedEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO params (block, log_index, quorum, threshold, tolerance) VALUES (?, ?, ?, ?, ?)`,
				b, li, ev.Params.Quorum, ev.Params.Threshold, ev.Params.Tolerance)
		}
	case s.Rewards:
		if ev, err := s.RewardsABI.UnpackEpochSettledEvent(l); err == nil {
			return w.exec(`INSERT OR REPLACE INTO epochs (epoch, block, amount, time) VALUES (?, ?, ?, ?)`,
				ev.Epoch.Uint64(), b, ev.Amount.String(), w.times[b])
		}
		// Several ended epochs settled at once (the DAT settles them before its counting set
		// changes): each gets an equal part, the last one the remainder.
		if ev, err := s.RewardsABI.UnpackEpochsSettledEvent(l); err == nil {
			return w.epochRange(b, ev.FirstEpoch.Uint64(), ev.LastEpoch.Uint64(), ev.Amount)
		}
		// Epochs that ended with nothing counting pay nobody: recorded with amount 0.
		if ev, err := s.RewardsABI.UnpackEpochsForfeitedEvent(l); err == nil {
			return w.epochRange(b, ev.FirstEpoch.Uint64(), ev.LastEpoch.Uint64(), new(big.Int))
		}
	}
	return nil
}

// reveal records a Revealed event and one evaluation per scored token: the event's scores are
// packed two bytes a token from startTokenId, ABSTAIN for a token the validator did not score.
func (w *writer) reveal(b uint64, li uint, tx string, round uint64, v common.Address, start uint64, packed []byte) error {
	scores := evm.UnpackScores(packed)
	if err := w.exec(`INSERT OR REPLACE INTO reveals (block, log_index, round, validator, start_token, count) VALUES (?, ?, ?, ?, ?, ?)`,
		b, li, round, addr(v), start, len(scores)); err != nil {
		return err
	}
	stmt, err := w.tx.PrepareContext(w.ctx, `INSERT OR REPLACE INTO evaluations (token, validator, round, score, block, tx) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return dbErr(err, "write evaluations")
	}
	defer stmt.Close()
	for i, sc := range scores {
		if sc == abstain {
			continue
		}
		if _, err := stmt.ExecContext(w.ctx, start+uint64(i), addr(v), round, sc, b, tx); err != nil {
			return dbErr(err, "write evaluation")
		}
	}
	return nil
}

// proofType renders a bytes32 proof type: its text when it is a short name, else hex.
func proofType(t [32]byte) string {
	s := bytes.TrimRight(t[:], "\x00")
	for _, c := range s {
		if c < 0x20 || c > 0x7e {
			return common.Hash(t).Hex()
		}
	}
	return string(s)
}

// epochRange records the reward epochs first..last settled in block b for amount in total.
func (w *writer) epochRange(b, first, last uint64, amount *big.Int) error {
	if last < first {
		return nil
	}
	if last-first >= maxEpochRange { // keep the newest epochs; the amount stays whole
		first = last - maxEpochRange + 1
	}
	n := new(big.Int).SetUint64(last - first + 1)
	part, rest := new(big.Int).QuoRem(amount, n, new(big.Int))
	for e := first; e <= last; e++ {
		a := part
		if e == last {
			a = new(big.Int).Add(part, rest)
		}
		if err := w.exec(`INSERT OR REPLACE INTO epochs (epoch, block, amount, time) VALUES (?, ?, ?, ?)`,
			e, b, a.String(), w.times[b]); err != nil {
			return err
		}
	}
	return nil
}

// maxEpochRange bounds the rows one event writes (a century of daily epochs).
const maxEpochRange = 36_500
