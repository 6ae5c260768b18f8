package main

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// devAdmin is the throwaway admin of the embedded chain. Its key is derived from a public label:
// it protects nothing and exists only inside this process.
func devAdmin() *evm.Account { return evm.DevAccount("embedded/admin", 0) }

// connect opens the chain named by --rpc (or the embedded chain) and the sending account: the
// keystore of --key, else on the embedded chain the development admin.
func connect(g *globals, ctx context.Context) (*evm.Chain, *evm.Account, error) {
	if g.rpc == "" {
		acct := devAdmin()
		if g.keyFile != "" {
			var err error
			if acct, err = evm.LoadKeystore(g.keyFile, g.password); err != nil {
				return nil, nil, err
			}
		}
		// The embedded chain starts with the sending account funded.
		chain := evm.NewEmbedded(types.GenesisAlloc{acct.Address: {Balance: evm.Ether(1_000_000_000)}})
		slog.Debug("embedded chain started", "chainId", chain.ChainID)
		return chain, acct, nil
	}
	chain, err := evm.Dial(ctx, g.rpc)
	if err != nil {
		return nil, nil, err
	}
	if g.keyFile == "" {
		chain.Close()
		return nil, nil, datpin.Errorf(datpin.EINVALID, "--key is required with --rpc (create one with `datpin keys new`)")
	}
	acct, err := evm.LoadKeystore(g.keyFile, g.password)
	if err != nil {
		chain.Close()
		return nil, nil, err
	}
	return chain, acct, nil
}
