package evm

import "github.com/ethereum/go-ethereum/accounts/abi"

// commitArgs is abi.encode(chainid, oracle, round, validator, startTokenId, scores, salt), scores
// packed by PackScores.
var commitArgs = func() abi.Arguments {
	t := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	return abi.Arguments{
		{Type: t("uint256")}, {Type: t("address")}, {Type: t("uint256")}, {Type: t("address")},
		{Type: t("uint256")}, {Type: t("bytes")}, {Type: t("bytes32")},
	}
}()
