package evm

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datpin/datpin"
)

// TestErrors_EveryContractErrorHasACode checks that every custom error of the deployed contracts
// has an explicit datpin code (none falls back to invalid unnoticed), that every code is one of
// datpin's, and that the map names no error the contracts no longer have.
func TestErrors_EveryContractErrorHasACode(t *testing.T) {
	errorsOnce.Do(loadErrors)
	known := map[string]bool{}
	for _, e := range errorsBySel {
		known[e.Name] = true
		if _, ok := errorCodes[e.Name]; !ok {
			t.Errorf("custom error %s has no datpin code in errorCodes", e.Name)
		}
	}
	valid := map[string]bool{
		datpin.ECONFLICT: true, datpin.EINVALID: true, datpin.ENOTFOUND: true,
		datpin.EUNAUTHORIZED: true, datpin.EEXPIRED: true,
	}
	for name, code := range errorCodes {
		if !known[name] {
			t.Errorf("errorCodes maps %s, which no contract ABI declares", name)
		}
		if !valid[code] {
			t.Errorf("errorCodes maps %s to %q, not a code a revert can carry", name, code)
		}
	}
}

// rpcRevert is an RPC error carrying revert data the way a node returns it (code 3).
type rpcRevert struct{ data string }

func (e rpcRevert) Error() string          { return "execution reverted" }
func (e rpcRevert) ErrorCode() int         { return 3 }
func (e rpcRevert) ErrorData() interface{} { return e.data }

// revertOf packs the custom error `name` with args as a node would return it.
func revertOf(t *testing.T, name string, args ...any) error {
	t.Helper()
	errorsOnce.Do(loadErrors)
	for _, e := range errorsBySel {
		if e.Name != name {
			continue
		}
		packed, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatalf("pack %s: %v", name, err)
		}
		return rpcRevert{data: hexutil.Encode(append(e.ID[:4:4], packed...))}
	}
	t.Fatalf("no contract declares %s", name)
	return nil
}

// TestErrors_DecodeHardenedContractErrors decodes the errors of the timelock administration,
// the contributor-only proofs and the one-commitment rule into their datpin codes, with their
// arguments in the detail.
func TestErrors_DecodeHardenedContractErrors(t *testing.T) {
	v := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	one, two := big.NewInt(1), big.NewInt(2)
	cases := []struct {
		name string
		args []any
		code string
		key  string // a detail key the decoded error carries
		want string // its value
	}{
		{"AlreadyRevealed", []any{two, v}, datpin.ECONFLICT, "round", "2"},
		{"NotWithheld", []any{two, v}, datpin.ECONFLICT, "validator", v.Hex()},
		{"ParamOutOfRange", []any{"quorum", big.NewInt(70000), one, big.NewInt(10000)}, datpin.EINVALID, "name", "quorum"},
		{"NotContributor", []any{v, one}, datpin.EUNAUTHORIZED, "tokenId", "1"},
		{"ThresholdOutOfRange", []any{one, big.NewInt(10001)}, datpin.EINVALID, "threshold", "10001"},
		{"SnapshotLimit", []any{one, big.NewInt(1 << 32)}, datpin.ECONFLICT, "maxSnapshots", "4294967296"},
		{"SettlementTooSmall", []any{one, two}, datpin.EINVALID, "minimum", "2"},
		{"TokenNotFinalized", []any{one, uint8(0)}, datpin.ECONFLICT, "tokenId", "1"},
		{"CommitmentMismatch", []any{two, v}, datpin.EUNAUTHORIZED, "round", "2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := decodeError(revertOf(t, c.name, c.args...))
			var de *datpin.Error
			if !errors.As(err, &de) {
				t.Fatalf("decodeError = %v; want a *datpin.Error", err)
			}
			if RevertName(err) != c.name {
				t.Fatalf("RevertName = %q; want %s", RevertName(err), c.name)
			}
			if de.Code != c.code {
				t.Fatalf("%s has code %q; want %q", c.name, de.Code, c.code)
			}
			if c.key != "" && de.Detail[c.key] != c.want {
				t.Fatalf("%s detail %s = %v; want %s (detail %v)", c.name, c.key, de.Detail[c.key], c.want, de.Detail)
			}
		})
	}
}

// TestErrors_Sentinels checks that every sentinel names a custom error some contract declares,
// that a decoded revert matches its own sentinel and no other with errors.Is (through wrapping),
// keeps the node's error in its chain, and that IsRevert tells a refusal from an outage.
func TestErrors_Sentinels(t *testing.T) {
	errorsOnce.Do(loadErrors)
	declared := map[string][]byte{}
	for _, e := range errorsBySel {
		declared[e.Name] = e.ID[:4]
	}
	for _, s := range sentinels {
		name := string(s.(revertKind))
		if declared[name] == nil {
			t.Errorf("sentinel %s names no custom error of the contracts", name)
		}
	}
	raw := revertOf(t, "AlreadyRevealed", big.NewInt(2), common.HexToAddress("0xa1"))
	err := fmt.Errorf("reveal round 2: %w", decodeError(raw))
	if !errors.Is(err, ErrAlreadyRevealed) {
		t.Fatalf("%v does not match ErrAlreadyRevealed", err)
	}
	for _, s := range sentinels {
		if s != ErrAlreadyRevealed && errors.Is(err, s) {
			t.Fatalf("%v matches %v", err, s)
		}
	}
	var node rpcRevert
	if !errors.As(err, &node) {
		t.Fatal("the node's error is no longer in the chain")
	}
	if !IsRevert(err) {
		t.Fatal("IsRevert is false for a decoded revert")
	}
	if down := decodeError(errors.New("connection refused")); IsRevert(down) || errors.Is(down, ErrAlreadyRevealed) {
		t.Fatalf("an outage counts as a revert: %v", down)
	}
}
