package evm

import "github.com/ethereum/go-ethereum/crypto"

// roleHash is the AccessControl role id keccak256(name).
func roleHash(name string) [32]byte {
	return [32]byte(crypto.Keccak256([]byte(name)))
}

// Role ids of the contracts.
var (
	RoleMinter     = roleHash("MINTER_ROLE")
	RoleEvaluator  = roleHash("EVALUATOR_ROLE")
	RoleAttester   = roleHash("ATTESTER_ROLE")
	RoleClassAdmin = roleHash("CLASS_ADMIN_ROLE")
	RoleGuardian   = roleHash("GUARDIAN_ROLE")
	RoleCurator    = roleHash("CURATOR_ROLE") // DataMarket: lists datasets
	RoleMeter      = roleHash("METER_ROLE")   // DataPlan: debits subscribers' usage
)
