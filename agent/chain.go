package agent

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
)

// Chain is what the agent needs of the chain. SuiteChain implements it
// over a deployed evm.Suite; tests wrap it to simulate outages.
type Chain interface {
	// DATDomain and RegistryDomain are the EIP-712 domains of the
	// DataAnchoringToken (contributions, packages) and of the DeviceRegistry
	// (onboarding).
	DATDomain() pack.Domain
	RegistryDomain() pack.Domain
	// ClassID is the DAT class contributions are anchored in.
	ClassID() uint64
	// Operator is the account that onboards devices and relays anchors.
	Operator() [20]byte
	// Now is the latest block's time, Unix seconds.
	Now(ctx context.Context) (uint64, error)
	// TokenOfDeviceRoot returns the token device anchored root with, 0 if none. A token of the
	// same root anchored by another device (a copier front-running the anchor) is not ours.
	TokenOfDeviceRoot(ctx context.Context, device [20]byte, root [32]byte) (uint64, error)
	// DeviceStatus returns a device's operator (zero if not registered) and
	// whether it may anchor.
	DeviceStatus(ctx context.Context, device [20]byte) (operator [20]byte, active bool, err error)
	// Onboard registers device under Operator with the device's signature.
	Onboard(ctx context.Context, device [20]byte, cell uint64, t datpin.DeviceType, deadline uint64, sig []byte) error
	// OnboardMany registers several devices under Operator in one transaction; devices already
	// registered to Operator are skipped.
	OnboardMany(ctx context.Context, items []evm.Onboarding) error
	// Anchor anchors device-signed contributions in one transaction and
	// returns the first token id (the others follow in order) and the
	// transaction hash.
	Anchor(ctx context.Context, cs []datpin.Contribution, sigs [][]byte) (first uint64, tx string, err error)
}

// SuiteChain is Chain over a deployed suite, with Operator sending the
// transactions.
type SuiteChain struct {
	Suite *evm.Suite
	Op    *evm.Account
}

// NewSuiteChain returns the Chain of suite with operator sending transactions.
func NewSuiteChain(suite *evm.Suite, operator *evm.Account) *SuiteChain {
	return &SuiteChain{Suite: suite, Op: operator}
}

func (c *SuiteChain) DATDomain() pack.Domain {
	return pack.Domain{ChainID: c.Suite.Chain.ChainID.Uint64(), VerifyingContract: c.Suite.DAT}
}

func (c *SuiteChain) RegistryDomain() pack.Domain {
	return pack.Domain{ChainID: c.Suite.Chain.ChainID.Uint64(), VerifyingContract: c.Suite.Registry}
}

func (c *SuiteChain) ClassID() uint64    { return c.Suite.ClassID }
func (c *SuiteChain) Operator() [20]byte { return c.Op.Address }

func (c *SuiteChain) Now(ctx context.Context) (uint64, error) {
	t, err := c.Suite.Chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	return uint64(t.Unix()), nil
}

func (c *SuiteChain) TokenOfDeviceRoot(ctx context.Context, device [20]byte, root [32]byte) (uint64, error) {
	return c.Suite.TokenOfDeviceRoot(ctx, device, root)
}

func (c *SuiteChain) DeviceStatus(ctx context.Context, device [20]byte) ([20]byte, bool, error) {
	s := c.Suite
	out, err := s.Chain.Call(ctx, common.Address{}, s.Registry, s.RegistryABI.PackDeviceStatus(device))
	if err != nil {
		return [20]byte{}, false, err
	}
	st, err := s.RegistryABI.UnpackDeviceStatus(out)
	if err != nil {
		return [20]byte{}, false, datpin.Wrap(datpin.EINTERNAL, err, "decode deviceStatus")
	}
	return st.Operator, st.Active, nil
}

func (c *SuiteChain) Onboard(ctx context.Context, device [20]byte, cell uint64, t datpin.DeviceType, deadline uint64, sig []byte) error {
	return c.Suite.Onboard(ctx, c.Op, device, cell, t, deadline, sig)
}

func (c *SuiteChain) OnboardMany(ctx context.Context, items []evm.Onboarding) error {
	return c.Suite.OnboardMany(ctx, c.Op, items)
}

func (c *SuiteChain) Anchor(ctx context.Context, cs []datpin.Contribution, sigs [][]byte) (uint64, string, error) {
	first, r, err := c.Suite.Anchor(ctx, c.Op, cs, sigs)
	if err != nil {
		return 0, "", err
	}
	return first, r.TxHash.Hex(), nil
}
