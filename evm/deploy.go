package evm

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	dat "github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/contracts/bindings/datamarket"
	"github.com/datpin/datpin/contracts/bindings/dataplan"
	"github.com/datpin/datpin/contracts/bindings/datpintimelock"
	"github.com/datpin/datpin/contracts/bindings/deviceregistry"
	"github.com/datpin/datpin/contracts/bindings/freedatavault"
	"github.com/datpin/datpin/contracts/bindings/networktoken"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/contracts/bindings/rewards"
	"github.com/datpin/datpin/quality"
)

// Config are the parameters of a deployment.
type Config struct {
	// Rounds of evaluation: tokens anchored in a round are committed and revealed in the windows
	// after it.
	RoundLength  time.Duration
	CommitWindow time.Duration
	RevealWindow time.Duration
	// Rewards.
	EpochLength      time.Duration
	EmissionPerEpoch *big.Int // network token units (18 decimals) per epoch
	RewardsFunding   *big.Int // minted to the Rewards contract on development chains
	ClassTTL         time.Duration
	// Oracle parameters.
	Quorum        uint8
	Threshold     uint16 // basis points
	Tolerance     uint16 // basis points
	MinStake      *big.Int
	SlashPerFault *big.Int
	ExitDelay     time.Duration
	StaleAfter    time.Duration

	// FaultsPerWithhold × SlashPerFault is taken once per round from a validator that committed
	// and did not reveal.
	FaultsPerWithhold uint16
	// DisputeWindow is how long after a committed round's reveal window the validator's stake
	// stays locked (0: the larger of ExitDelay and StaleAfter).
	DisputeWindow time.Duration
	// Class metadata.
	ClassURI    string
	ClassPolicy string
	// MinSettlement is the smallest ETH and network-token settlement the class accepts (wei and
	// token units), so that dust settlements cannot use up its snapshot indices cheaply.
	MinSettlement *big.Int
	// TimelockDelay is the minimum delay of the DatpinTimelock that administers the deployment,
	// and the delay of a transfer of each contract's DEFAULT_ADMIN_ROLE. Two days for real
	// deployments; development chains may use seconds.
	TimelockDelay time.Duration
	// DeployerAdmin keeps the deployer as the direct admin of the contracts instead of handing
	// them to the timelock. Only for tests of the contracts' own admin functions: never on a
	// network holding value.
	DeployerAdmin bool
	// ZK deploys the Groth16 batch verifiers and registers their adapter as the DAT's ZK_ATTEST
	// verifier (see docs/ZK.md).
	ZK bool
	// The FreeData plan (docs/FREEDATA.md): the data price in network-token units per GB, the
	// minimum term before a deposit can be withdrawn, and the vault's seeded first deposit (made
	// by the deployer on development chains; elsewhere by governance, and deposits wait for it).
	PlanPricePerGB *big.Int
	PlanMinTerm    time.Duration
	VaultSeed      *big.Int
	// Rules is the content hash of the scoring rules registered in the oracle (zero: this build's,
	// quality.RulesHash). Validators score only rounds whose registered rules are theirs.
	Rules [32]byte
}

// DefaultConfig is a day-long station epoch with hour-long evaluation rounds.
func DefaultConfig() Config {
	return Config{
		RoundLength:      time.Hour,
		CommitWindow:     30 * time.Minute,
		RevealWindow:     30 * time.Minute,
		EpochLength:      24 * time.Hour,
		EmissionPerEpoch: Ether(10_000),
		RewardsFunding:   Ether(10_000_000),
		ClassTTL:         30 * 24 * time.Hour,
		Quorum:           3,
		Threshold:        4000,
		Tolerance:        1500,
		MinStake:         Ether(1000),
		SlashPerFault:    Ether(1),
		ExitDelay:        3 * time.Hour,
		StaleAfter:       6 * time.Hour,
		ClassURI:         "datpin://class/connectivity-station-day/v1",
		ClassPolicy:      "datpin://policy/connectivity-station-day/v1",
		ZK:               true,
		MinSettlement:    new(big.Int).Div(Ether(1), big.NewInt(1000)),
		TimelockDelay:    48 * time.Hour,

		FaultsPerWithhold: 10,
		DisputeWindow:     6 * time.Hour,

		PlanPricePerGB: new(big.Int).Div(Ether(1), big.NewInt(10)),
		PlanMinTerm:    30 * 24 * time.Hour,
		VaultSeed:      Ether(1),
	}
}

// Ether returns n * 1e18.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// Addresses of a deployed suite. It is what `datpin deploy --json` prints and what other
// processes read to attach.
type Addresses struct {
	ChainID  uint64         `json:"chainId"`
	Token    common.Address `json:"token"`
	Registry common.Address `json:"registry"`
	DAT      common.Address `json:"dat"`
	Oracle   common.Address `json:"oracle"`
	Rewards  common.Address `json:"rewards"`
	// Market is the data market, Vault and Plan the FreeData vault and plan (zero in an
	// addresses file written before they existed).
	Market common.Address `json:"market,omitempty"`
	Vault  common.Address `json:"vault,omitempty"`
	Plan   common.Address `json:"plan,omitempty"`
	// Timelock administers DAT, Rewards, Registry and Oracle (zero when the deployer kept it).
	Timelock common.Address `json:"timelock,omitempty"`
	ClassID  uint64         `json:"classId"`
	// ZKVerifier is the DAT's ZK_ATTEST verifier (zero when deployed without ZK).
	ZKVerifier common.Address `json:"zkVerifier,omitempty"`
	Genesis    uint64         `json:"genesis"`
	Block      uint64         `json:"deployBlock"`
}

// Suite is a deployed set of datpin contracts on a chain.
type Suite struct {
	Chain *Chain
	Addresses

	DATABI      *dat.DataAnchoringToken
	RegistryABI *deviceregistry.DeviceRegistry
	OracleABI   *qualityoracle.QualityOracle
	RewardsABI  *rewards.Rewards
	TokenABI    *networktoken.NetworkToken
	TimelockABI *datpintimelock.DatpinTimelock
	MarketABI   *datamarket.DataMarket
	VaultABI    *freedatavault.FreeDataVault
	PlanABI     *dataplan.DataPlan
}

func newSuite(c *Chain, a Addresses) *Suite {
	return &Suite{
		Chain: c, Addresses: a,
		DATABI: dat.NewDataAnchoringToken(), RegistryABI: deviceregistry.NewDeviceRegistry(),
		OracleABI: qualityoracle.NewQualityOracle(), RewardsABI: rewards.NewRewards(),
		TokenABI: networktoken.NewNetworkToken(), TimelockABI: datpintimelock.NewDatpinTimelock(),
		MarketABI: datamarket.NewDataMarket(), VaultABI: freedatavault.NewFreeDataVault(), PlanABI: dataplan.NewDataPlan(),
	}
}

// Attach checks that the addresses hold contracts on this chain and returns the Suite.
func Attach(ctx context.Context, c *Chain, a Addresses) (*Suite, error) {
	if a.ChainID != 0 && a.ChainID != c.ChainID.Uint64() {
		return nil, datpin.Errorf(datpin.EINVALID, "addresses are for chain %d, connected to chain %d", a.ChainID, c.ChainID.Uint64())
	}
	for name, addr := range map[string]common.Address{
		"token": a.Token, "registry": a.Registry, "dat": a.DAT, "oracle": a.Oracle, "rewards": a.Rewards,
	} {
		if err := c.requireCode(ctx, addr, name); err != nil {
			return nil, err
		}
	}
	if a.Timelock != (common.Address{}) {
		if err := c.requireCode(ctx, a.Timelock, "timelock"); err != nil {
			return nil, err
		}
	}
	for name, addr := range map[string]common.Address{"market": a.Market, "vault": a.Vault, "plan": a.Plan} {
		if addr != (common.Address{}) {
			if err := c.requireCode(ctx, addr, name); err != nil {
				return nil, err
			}
		}
	}
	if a.ZKVerifier != (common.Address{}) {
		if err := c.requireCode(ctx, a.ZKVerifier, "zkVerifier"); err != nil {
			return nil, err
		}
	}
	return newSuite(c, a), nil
}

// ReadAddresses reads an addresses file written by WriteAddresses.
func ReadAddresses(path string) (Addresses, error) {
	var a Addresses
	b, err := os.ReadFile(path)
	if err != nil {
		return a, datpin.Wrap(datpin.ENOTFOUND, err, "read addresses %s", path)
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, datpin.Wrap(datpin.EINVALID, err, "parse addresses %s", path)
	}
	return a, nil
}

// WriteAddresses writes the addresses as JSON.
func WriteAddresses(path string, a Addresses) error {
	b, _ := json.MarshalIndent(a, "", "  ")
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Deploy deploys the whole suite from admin: the network token (development chains), the
// timelock, the device registry, the DAT, the quality oracle and the rewards contract; creates
// the connectivity class, wires roles and funds the rewards pool; with cfg.ZK, deploys the
// zero-knowledge verifiers. Then it hands the administration of the DAT, the registry, the
// rewards and the oracle to the timelock (see handOver): admin keeps no role on them, only the
// timelock's proposer and executor roles, so that every later change waits cfg.TimelockDelay in
// public. The network token, the validators' stake and the rewards' asset, goes to the timelock
// too (see handOverToken): admin keeps only its development faucet, which mints on the local
// development chains alone. The scoring rules (cfg.Rules) are registered in the oracle by its
// admin: the timelock, in the hand-over's batch, or the deployer with cfg.DeployerAdmin.
func Deploy(ctx context.Context, c *Chain, admin *Account, cfg Config) (*Suite, error) {
	now, err := c.Now(ctx)
	if err != nil {
		return nil, err
	}
	// Align genesis to the round length so rounds and epochs start on round boundaries.
	round := uint64(cfg.RoundLength / time.Second)
	genesis := uint64(now.Unix()) / round * round

	s := newSuite(c, Addresses{ChainID: c.ChainID.Uint64(), Genesis: genesis})
	deploy := func(bin string, ctor []byte) (common.Address, error) {
		code := append(common.FromHex(bin), ctor...)
		r, err := c.Send(ctx, admin, nil, code, nil)
		if err != nil {
			return common.Address{}, err
		}
		return r.ContractAddress, nil
	}
	if s.Token, err = deploy(networktoken.NetworkTokenMetaData.Bin,
		s.TokenABI.PackConstructor(admin.Address, "datpin Network Token", "DPIN")); err != nil {
		return nil, err
	}
	// The governor is the timelock (the deployer only while wiring, see handOver). Contracts
	// start with an admin transfer delay of zero so that the hand-over completes now; handOver
	// sets the real delay.
	governor := admin.Address
	if !cfg.DeployerAdmin {
		if s.Timelock, err = deploy(datpintimelock.DatpinTimelockMetaData.Bin, s.TimelockABI.PackConstructor(
			new(big.Int), []common.Address{admin.Address}, []common.Address{admin.Address}, common.Address{})); err != nil {
			return nil, err
		}
		governor = s.Timelock
	}
	if s.Registry, err = deploy(deviceregistry.DeviceRegistryMetaData.Bin,
		s.RegistryABI.PackConstructor(new(big.Int), admin.Address)); err != nil {
		return nil, err
	}
	if s.DAT, err = deploy(dat.DataAnchoringTokenMetaData.Bin,
		s.DATABI.PackConstructor(new(big.Int), admin.Address, s.Registry)); err != nil {
		return nil, err
	}
	dispute := cfg.DisputeWindow
	if dispute == 0 {
		dispute = max(cfg.ExitDelay, cfg.StaleAfter)
	}
	params := qualityoracle.QualityOracleParams{
		Quorum: cfg.Quorum, Threshold: cfg.Threshold, Tolerance: cfg.Tolerance,
		ExitDelay: uint32(cfg.ExitDelay / time.Second), StaleAfter: uint32(cfg.StaleAfter / time.Second),
		DisputeWindow: uint32(dispute / time.Second), FaultsPerWithhold: cfg.FaultsPerWithhold,
		MinStake: cfg.MinStake, SlashPerFault: cfg.SlashPerFault,
	}
	if s.Oracle, err = deploy(qualityoracle.QualityOracleMetaData.Bin, s.OracleABI.PackConstructor(
		governor, s.DAT, s.Token, genesis, uint32(round),
		uint32(cfg.CommitWindow/time.Second), uint32(cfg.RevealWindow/time.Second), params)); err != nil {
		return nil, err
	}
	if _, err := c.Send(ctx, admin, &s.DAT, s.DATABI.PackCreateClass(cfg.ClassURI, [32]byte{}, 0, cfg.ClassPolicy), nil); err != nil {
		return nil, err
	}
	s.ClassID = 1
	if s.Rewards, err = deploy(rewards.RewardsMetaData.Bin, s.RewardsABI.PackConstructor(
		new(big.Int), admin.Address, s.Token, s.DAT, new(big.Int).SetUint64(s.ClassID), genesis,
		uint32(cfg.EpochLength/time.Second), cfg.EmissionPerEpoch)); err != nil {
		return nil, err
	}
	// The FreeData vault over the network token (treasury: the governor), the plan over it, and
	// the data market, whose protocol fee goes to the vault (fees start at zero until the
	// governor sets them). The deployer is the network's first curator and its first meter (the
	// billing); the governor grants and revokes both later.
	if s.Vault, err = deploy(freedatavault.FreeDataVaultMetaData.Bin, s.VaultABI.PackConstructor(
		new(big.Int), admin.Address, s.Token, governor)); err != nil {
		return nil, err
	}
	price := cfg.PlanPricePerGB
	if price == nil || price.Sign() <= 0 {
		price = big.NewInt(1)
	}
	if s.Plan, err = deploy(dataplan.DataPlanMetaData.Bin, s.PlanABI.PackConstructor(
		new(big.Int), admin.Address, s.Vault, governor, price, uint64(cfg.PlanMinTerm/time.Second))); err != nil {
		return nil, err
	}
	if s.Market, err = deploy(datamarket.DataMarketMetaData.Bin, s.MarketABI.PackConstructor(
		new(big.Int), admin.Address, s.DAT, s.Oracle, s.Vault)); err != nil {
		return nil, err
	}
	steps := []struct {
		to   common.Address
		data []byte
	}{
		{s.Market, s.MarketABI.PackGrantRole(RoleCurator, admin.Address)},
		{s.Plan, s.PlanABI.PackGrantRole(RoleMeter, admin.Address)},
		{s.Vault, s.VaultABI.PackSetFeeSource(s.Market, governor)},
		{s.DAT, s.DATABI.PackConfigureClass(new(big.Int).SetUint64(s.ClassID), uint32(cfg.ClassTTL/time.Second), s.Token)},
		{s.DAT, s.DATABI.PackGrantRole(roleHash("EVALUATOR_ROLE"), s.Oracle)},
		// Before every change to the class's counting set, the DAT settles the ended epochs'
		// emission over the tokens that counted at their end.
		{s.DAT, s.DATABI.PackSetEpochEmission(new(big.Int).SetUint64(s.ClassID), s.Rewards)},
	}
	if cfg.MinSettlement != nil && cfg.MinSettlement.Sign() > 0 {
		steps = append(steps, struct {
			to   common.Address
			data []byte
		}{s.DAT, s.DATABI.PackSetMinSettlement(new(big.Int).SetUint64(s.ClassID), cfg.MinSettlement, cfg.MinSettlement)})
	}
	if cfg.RewardsFunding != nil && cfg.RewardsFunding.Sign() > 0 {
		steps = append(steps, struct {
			to   common.Address
			data []byte
		}{s.Token, s.TokenABI.PackMint(s.Rewards, cfg.RewardsFunding)})
	}
	for _, st := range steps {
		if _, err := c.Send(ctx, admin, &st.to, st.data, nil); err != nil {
			return nil, err
		}
	}
	// The vault's seeded first deposit, from the development faucet (local chains only).
	if IsDevChain(s.ChainID) && cfg.VaultSeed != nil && cfg.VaultSeed.Sign() > 0 {
		for _, st := range []struct {
			to   common.Address
			data []byte
		}{
			{s.Token, s.TokenABI.PackMint(admin.Address, cfg.VaultSeed)},
			{s.Token, s.TokenABI.PackApprove(s.Vault, cfg.VaultSeed)},
			{s.Vault, s.VaultABI.PackSeed(cfg.VaultSeed)},
		} {
			if _, err := c.Send(ctx, admin, &st.to, st.data, nil); err != nil {
				return nil, fmt.Errorf("seed the vault: %w", err)
			}
		}
	}
	if cfg.ZK {
		if err := deployZK(ctx, c, admin, s); err != nil {
			return nil, err
		}
	}
	rules := cfg.Rules
	if rules == ([32]byte{}) {
		rules = quality.RulesHash()
	}
	if cfg.DeployerAdmin {
		if _, err := c.Send(ctx, admin, &s.Oracle, s.OracleABI.PackSetRules(rules), nil); err != nil {
			return nil, fmt.Errorf("register the scoring rules: %w", err)
		}
	} else {
		if err := s.handOverToken(ctx, admin); err != nil {
			return nil, err
		}
		if err := s.handOver(ctx, admin, cfg.TimelockDelay, rules); err != nil {
			return nil, err
		}
	}
	bn, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "block number")
	}
	s.Block = bn
	return s, nil
}

// handOverToken gives the network token's DEFAULT_ADMIN_ROLE and MINTER_ROLE to the timelock and
// has admin renounce both, so that no one mints stake or rewards outside the timelock's delay. On
// a local development chain (IsDevChain) admin keeps FAUCET_ROLE first, which the token honours on
// those chains only: the development accounts of tests, the demo and `make network` are funded
// from it (Suite.MintToken), while on any other chain the deployer can mint nothing.
func (s *Suite) handOverToken(ctx context.Context, admin *Account) error {
	tok := s.TokenABI
	calls := [][]byte{
		tok.PackGrantRole([32]byte{}, s.Timelock),
		tok.PackGrantRole(roleHash("MINTER_ROLE"), s.Timelock),
	}
	if IsDevChain(s.ChainID) {
		calls = append(calls, tok.PackGrantRole(roleHash("FAUCET_ROLE"), admin.Address))
	}
	calls = append(calls,
		tok.PackRenounceRole(roleHash("MINTER_ROLE"), admin.Address),
		tok.PackRenounceRole([32]byte{}, admin.Address))
	for _, data := range calls {
		if _, err := s.Chain.Send(ctx, admin, &s.Token, data, nil); err != nil {
			return datpin.Wrap(datpin.ErrorCode(err), err, "hand the network token over to the timelock")
		}
	}
	return nil
}
