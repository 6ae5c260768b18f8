package evm_test

import (
	"math/big"
	"sync"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Concurrent senders sharing one account get distinct nonces: every transaction lands.
func TestChain_ConcurrentSendersShareNonces(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	const workers, each = 8, 5
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	to := evmtest.Account("buyer", 0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				if err := n.Suite.MintToken(n.Ctx, n.Admin, to.Address, big.NewInt(1)); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent send: %v", err)
	}
	bal, err := n.Suite.TokenBalance(n.Ctx, to.Address)
	n.Must(err)
	if bal.Int64() != workers*each {
		t.Fatalf("balance %v, want %d: some transactions were lost", bal, workers*each)
	}
}

// A revert comes back as a coded error naming the custom error and its arguments.
func TestChain_RevertDecodedIntoCodedError(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	_, err := n.Suite.TokenState(n.Ctx, 42)
	if err == nil {
		t.Fatal("reading a missing token succeeded")
	}
	if evm.RevertName(err) != "TokenNotFound" || datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("got %v (name %q, code %q); want TokenNotFound / not_found", err, evm.RevertName(err), datpin.ErrorCode(err))
	}
	var e *datpin.Error
	if !asDatpin(err, &e) || e.Detail["tokenId"] != "42" {
		t.Fatalf("detail %v; want tokenId 42", e)
	}
}

func asDatpin(err error, target **datpin.Error) bool {
	e, ok := err.(*datpin.Error)
	if ok {
		*target = e
	}
	return ok
}
