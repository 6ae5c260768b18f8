package evm

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/datpin/datpin"
)

// nonceManager hands out nonces to concurrent senders of one account without asking the node
// each time; a failed send resynchronizes from the node.
type nonceManager struct {
	mu   sync.Mutex
	next map[common.Address]uint64
	lock map[common.Address]*sync.Mutex
}

func (m *nonceManager) accountLock(a common.Address) *sync.Mutex {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.lock == nil {
		m.lock = map[common.Address]*sync.Mutex{}
		m.next = map[common.Address]uint64{}
	}
	l, ok := m.lock[a]
	if !ok {
		l = new(sync.Mutex)
		m.lock[a] = l
	}
	return l
}

// MaxTxGas is the per-transaction gas cap of mainnet since Osaka (EIP-7825).
const MaxTxGas = 1 << 24

// Call runs a read-only call and decodes a revert.
func (c *Chain) Call(ctx context.Context, from common.Address, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil {
		return nil, decodeError(err)
	}
	return out, nil
}

// Send signs and sends a transaction from acct, waits until it is mined and returns the receipt.
// A revert becomes a *datpin.Error with the custom error's name and arguments.
func (c *Chain) Send(ctx context.Context, acct *Account, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := c.SendAsync(ctx, acct, to, data, value)
	if err != nil {
		return nil, err
	}
	return c.Wait(ctx, tx)
}

// SendAsync signs and sends a transaction without waiting for it to be mined (on the embedded
// chain it is mined at once).
func (c *Chain) SendAsync(ctx context.Context, acct *Account, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	return c.sendAsync(ctx, acct, to, data, value, 0)
}

// SendExtraGas is Send with extra gas above the estimate's headroom, for calls whose cost
// depends on the time they are mined at (e.g. a FreeData plan call that may have yield to
// convert by then, and not when estimated).
func (c *Chain) SendExtraGas(ctx context.Context, acct *Account, to *common.Address, data []byte, value *big.Int, extra uint64) (*types.Receipt, error) {
	tx, err := c.sendAsync(ctx, acct, to, data, value, extra)
	if err != nil {
		return nil, err
	}
	return c.Wait(ctx, tx)
}

func (c *Chain) sendAsync(ctx context.Context, acct *Account, to *common.Address, data []byte, value *big.Int, extra uint64) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	lock := c.nonces.accountLock(acct.Address)
	lock.Lock()
	defer lock.Unlock()

	gas, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: acct.Address, To: to, Data: data, Value: value})
	if err != nil {
		return nil, decodeError(err)
	}
	gas = min(gas+gas/5+10_000+extra, MaxTxGas) // headroom for state that changes between estimate and inclusion

	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read latest block")
	}
	tip, err := c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "suggest gas tip")
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	nonce, err := c.nonce(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), acct.Key)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "sign transaction")
	}
	err = c.Client.SendTransaction(ctx, signed)
	// The embedded chain's transaction pool learns of a new block in the background: a sender
	// funded in the block just mined may still look empty to it for a moment.
	for delay := 2 * time.Millisecond; err != nil && c.sim != nil && strings.Contains(err.Error(), "insufficient funds") && delay < time.Second; delay *= 2 {
		time.Sleep(delay)
		err = c.Client.SendTransaction(ctx, signed)
	}
	if err != nil {
		c.forgetNonce(acct.Address)
		if strings.Contains(err.Error(), "nonce too low") {
			return nil, datpin.Wrap(datpin.ECONFLICT, err, "nonce conflict; retry")
		}
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "send transaction")
	}
	c.nonces.mu.Lock()
	c.nonces.next[acct.Address] = nonce + 1
	c.nonces.mu.Unlock()
	c.seal()
	return signed, nil
}

func (c *Chain) nonce(ctx context.Context, a common.Address) (uint64, error) {
	c.nonces.mu.Lock()
	n, ok := c.nonces.next[a]
	c.nonces.mu.Unlock()
	if ok {
		return n, nil
	}
	n, err := c.Client.PendingNonceAt(ctx, a)
	if err != nil {
		return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "read nonce of %s", a)
	}
	return n, nil
}

func (c *Chain) forgetNonce(a common.Address) {
	c.nonces.mu.Lock()
	delete(c.nonces.next, a)
	c.nonces.mu.Unlock()
}

// Wait waits for a transaction's receipt. A failed transaction is replayed as a call at its block
// to recover the revert reason.
func (c *Chain) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	var (
		r   *types.Receipt
		err error
	)
	for delay := 5 * time.Millisecond; ; delay = min(delay*2, time.Second) {
		r, err = c.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "receipt of %s", tx.Hash())
		}
		c.seal()
		select {
		case <-ctx.Done():
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, ctx.Err(), "waiting for %s", tx.Hash())
		case <-time.After(delay):
		}
	}
	c.addGas(r.GasUsed)
	if r.Status != types.ReceiptStatusSuccessful {
		from, _ := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
		_, callErr := c.Client.CallContract(ctx, ethereum.CallMsg{
			From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas(),
		}, r.BlockNumber)
		if callErr != nil {
			return r, decodeError(callErr)
		}
		return r, datpin.Errorf(datpin.EINTERNAL, "transaction %s failed (out of gas?)", tx.Hash())
	}
	return r, nil
}

// revertData extracts revert data from an RPC error.
func revertData(err error) ([]byte, bool) {
	return ethclient.RevertErrorData(err)
}
