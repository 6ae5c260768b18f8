package evm

import (
	"context"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	dat "github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
)

var contributionAnchoredTopic = func() common.Hash {
	a, err := dat.DataAnchoringTokenMetaData.ParseABI()
	if err != nil {
		panic(err) // the ABI is compiled in
	}
	return a.Events["ContributionAnchored"].ID
}()

// AnchoredContribution returns token id's contribution as its device signed it and the anchor
// transaction carried it, the tentative score included (the oracle's verdict overwrites the score
// contributionOf returns): the transaction of the token's ContributionAnchored event, decoded,
// and in it the contribution with the token's Merkle root. A token anchored through another
// contract than the DAT itself is an ENOTFOUND error.
func (s *Suite) AnchoredContribution(ctx context.Context, id uint64, root [32]byte) (dat.Contribution, error) {
	logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: u64(s.Block), Addresses: []common.Address{s.DAT},
		Topics: [][]common.Hash{{contributionAnchoredTopic}, {common.BigToHash(u64(id))}},
	})
	if err != nil {
		return dat.Contribution{}, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the ContributionAnchored event of token %d", id)
	}
	if len(logs) == 0 {
		return dat.Contribution{}, datpin.Errorf(datpin.ENOTFOUND, "token %d has no ContributionAnchored event", id)
	}
	tx, _, err := s.Chain.Client.TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		return dat.Contribution{}, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the anchoring transaction of token %d", id)
	}
	m := s.DATABI.GetABI().Methods["anchor"]
	data := tx.Data()
	if tx.To() == nil || *tx.To() != s.DAT || len(data) < 4 || string(data[:4]) != string(m.ID) {
		return dat.Contribution{}, datpin.Errorf(datpin.ENOTFOUND, "token %d was not anchored by a direct call of the DAT's anchor", id)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return dat.Contribution{}, datpin.Wrap(datpin.EINTERNAL, err, "decode the anchoring transaction of token %d", id)
	}
	cs := *abi.ConvertType(args[0], new([]dat.Contribution)).(*[]dat.Contribution)
	for _, c := range cs {
		if c.MerkleRoot == root {
			return c, nil
		}
	}
	return dat.Contribution{}, datpin.Errorf(datpin.ENOTFOUND, "the anchoring transaction of token %d holds no contribution with its root", id)
}
