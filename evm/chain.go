package evm

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datpin/datpin"
)

// Client is what datpin needs of a chain connection.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.TransactionReader
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Chain is a connection to one EVM chain, embedded or remote.
type Chain struct {
	Client  Client
	ChainID *big.Int

	sim    *simulated.Backend // embedded only
	rpc    *rpc.Client        // JSON-RPC only
	mine   sync.Mutex         // serializes sealing on the embedded chain
	nonces nonceManager
	// GasUsed accumulates the gas of every receipt this Chain waited for.
	gasMu   sync.Mutex
	gasUsed uint64
}

// EmbeddedChainID is the chain id of the embedded chain.
const EmbeddedChainID = 1337

// NewEmbedded starts an in-process chain with the given balances. Blocks are sealed by the layer
// as soon as a transaction arrives, so Send returns once the transaction is mined.
//
// The fork rules are those of mainnet today (Osaka): the simulated backend's default enables
// future forks whose gas schedule differs wildly from mainnet, which would make gas figures and
// fixed gas limits meaningless.
func NewEmbedded(alloc types.GenesisAlloc) *Chain {
	sim := simulated.NewBackend(alloc, mainnetRules, simulated.WithBlockGasLimit(60_000_000))
	// The genesis block is stamped 1970; seal one block now so the chain's clock, from which
	// deployments take their epoch genesis, starts at the present.
	sim.Commit()
	return &Chain{Client: sim.Client(), ChainID: big.NewInt(EmbeddedChainID), sim: sim}
}

func mainnetRules(_ *node.Config, eth *ethconfig.Config) {
	cfg := *eth.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	eth.Genesis.Config = &cfg
	eth.Genesis.GasLimit = 60_000_000
	eth.Miner.GasCeil = 60_000_000
	eth.RPCGasCap = 0
}

// Dial connects to a JSON-RPC node.
func Dial(ctx context.Context, url string) (*Chain, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot reach chain at %s", url)
	}
	client := ethclient.NewClient(rc)
	id, err := client.ChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "chain at %s does not answer", url)
	}
	return &Chain{Client: client, ChainID: id, rpc: rc}, nil
}

// Embedded reports whether this is the in-process chain.
func (c *Chain) Embedded() bool { return c.sim != nil }

// Close releases the chain.
func (c *Chain) Close() error {
	if c.sim != nil {
		return c.sim.Close()
	}
	if c.rpc != nil {
		c.rpc.Close()
	}
	return nil
}

// seal mines the pending transactions on the embedded chain.
func (c *Chain) seal() {
	if c.sim == nil {
		return
	}
	c.mine.Lock()
	c.sim.Commit()
	c.mine.Unlock()
}

// Now is the timestamp of the latest block.
func (c *Chain) Now(ctx context.Context) (time.Time, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, datpin.Wrap(datpin.EUNAVAILABLE, err, "read latest block")
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// AdjustTime moves the chain's clock forward by d and mines a block (embedded chain, or an
// anvil/hardhat node through evm_increaseTime).
func (c *Chain) AdjustTime(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return datpin.Errorf(datpin.EINVALID, "time can only move forward")
	}
	if c.sim != nil {
		c.mine.Lock()
		defer c.mine.Unlock()
		// The simulated chain only adjusts on an empty block.
		c.sim.Commit()
		return c.sim.AdjustTime(d)
	}
	if err := c.rpc.CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "evm_increaseTime (only development nodes move time)")
	}
	if err := c.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "evm_mine")
	}
	return nil
}

// SetBalance sets an account's ETH balance on a development node (anvil's anvil_setBalance, else
// hardhat_setBalance): how a private network funds its first account without a known key. Public
// chains and the embedded chain (funded at genesis) refuse.
func (c *Chain) SetBalance(ctx context.Context, a common.Address, wei *big.Int) error {
	if c.sim != nil {
		return datpin.Errorf(datpin.EINVALID, "the embedded chain funds its accounts at genesis; set-balance is for development nodes")
	}
	amount := hexutil.EncodeBig(wei)
	err := c.rpc.CallContext(ctx, nil, "anvil_setBalance", a, amount)
	if err != nil {
		if err2 := c.rpc.CallContext(ctx, nil, "hardhat_setBalance", a, amount); err2 == nil {
			return nil
		}
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "anvil_setBalance (only development nodes set balances)")
	}
	return nil
}

// AdvanceTo moves the chain's clock to at least the Unix second ts (see AdjustTime); a time
// already passed is not an error.
func (c *Chain) AdvanceTo(ctx context.Context, ts uint64) error {
	now, err := c.Now(ctx)
	if err != nil {
		return err
	}
	if d := int64(ts) - now.Unix(); d > 0 {
		return c.AdjustTime(ctx, time.Duration(d)*time.Second)
	}
	return nil
}

// GasUsed is the total gas of the receipts this Chain has waited for.
func (c *Chain) GasUsed() uint64 {
	c.gasMu.Lock()
	defer c.gasMu.Unlock()
	return c.gasUsed
}

func (c *Chain) addGas(g uint64) {
	c.gasMu.Lock()
	c.gasUsed += g
	c.gasMu.Unlock()
}

// Balance returns the ETH balance of an address.
func (c *Chain) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	b, err := c.Client.BalanceAt(ctx, a, nil)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "balance of %s", a)
	}
	return b, nil
}

var errNoCode = errors.New("no contract code at address")

// requireCode checks that a contract is deployed at a.
func (c *Chain) requireCode(ctx context.Context, a common.Address, name string) error {
	code, err := c.Client.CodeAt(ctx, a, nil)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read code of %s", name)
	}
	if len(code) == 0 {
		return datpin.Wrap(datpin.ENOTFOUND, errNoCode, "%s not deployed at %s", name, a)
	}
	return nil
}
