package demo

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/store"
)

// The demo's market and FreeData figures.
var (
	// demoPricePerUnit is the listing's price per unit: 0.01 network token.
	demoPricePerUnit = new(big.Int).Div(evm.Ether(1), big.NewInt(100))
	// demoProtocolFeeBps and demoDeliveryFeeBps are the market fees governance sets through the
	// timelock before the sale: 5 % to the FreeData vault, 1 % to the delivering gateway.
	demoProtocolFeeBps uint16 = 500
	demoDeliveryFeeBps uint16 = 100
	// demoRevenue is the network revenue the admin pays into the vault besides the sale's fee.
	demoRevenue = evm.Ether(50)
	// demoSubscribers are the FreeData subscribers' deposits and the data the billing meters
	// for each (GB) once the revenue has vested.
	demoSubscribers = []struct {
		deposit int64 // network tokens
		usageGB int64
	}{{100, 10}, {400, 200}, {1000, 120}}
)

// regionResolution is the coarsest H3 resolution the demo's dataset region is chosen at: a
// resolution-5 cell is about 250 km², a town of the simulated network.
const regionResolution = 5

// MarketResult is the demo's data sale: a dataset of one region of the network, listed by the
// curator in the network token, bought by a buyer, delivered by one of the validators as a
// gateway, downloaded with every record verified against the chain, and paid to the holder.
type MarketResult struct {
	Region          string `json:"region"` // the dataset's H3 cell (hex)
	Listing         uint64 `json:"listing"`
	Tokens          int    `json:"tokens"` // manifest entries
	Units           uint64 `json:"units"`
	Records         uint64 `json:"records"`
	CertificateHash string `json:"certificateHash"`
	// Asset is the listing's asset (the network token) and PricePerUnit its price, in base units.
	Asset        string `json:"asset"`
	PricePerUnit string `json:"pricePerUnit"`
	Purchases    int    `json:"purchases"`
	Paid         string `json:"paid"`        // by the buyer
	ProtocolFee  string `json:"protocolFee"` // to the FreeData vault
	DeliveryFee  string `json:"deliveryFee"` // to the gateway
	Gateway      string `json:"gateway"`
	// VerifiedRecords and UnverifiedRecords are the buyer's download: records re-hashed into
	// their token's anchored Merkle root, and records of packages that did not verify.
	VerifiedRecords   uint64 `json:"verifiedRecords"`
	UnverifiedRecords uint64 `json:"unverifiedRecords"`
	ExportedRows      int    `json:"exportedRows"` // verified records exported (Parquet)
	// PaidToHolders is what the holders received when they claimed the sale, in the asset's
	// base units.
	PaidToHolders string `json:"paidToHolders"`
	// PaymentToExportSeconds is the wall time from the purchase to the verified export: the
	// purchase, one gateway poll, the download and the export.
	PaymentToExportSeconds float64 `json:"paymentToExportSeconds"`
}

// PlanResult is one FreeData subscriber's plan after the revenue has vested and the billing
// metered its usage.
type PlanResult struct {
	Subscriber string  `json:"subscriber"` // address
	Deposit    string  `json:"deposit"`    // network-token base units
	Principal  string  `json:"principal"`  // what the deposit is still worth: never spent
	Yield      string  `json:"yield"`      // the yield converted into credit
	CreditGB   float64 `json:"creditGB"`   // data credit issued
	MeteredGB  float64 `json:"meteredGB"`  // usage the billing reported
	UsedGB     float64 `json:"usedGB"`     // usage debited: at most the credit
	Throttled  bool    `json:"throttled"`  // metered beyond the credit
}

// FreeDataResult is the demo's FreeData plan: subscribers' deposits in the vault, the vault's
// revenue (the sale's protocol fee and a payment by the network), the vesting and the billing.
type FreeDataResult struct {
	Subscribers     int          `json:"subscribers"`
	Deposited       string       `json:"deposited"`       // network-token base units
	FeeRevenue      string       `json:"feeRevenue"`      // the sale's protocol fee collected into the vault
	NotifiedRevenue string       `json:"notifiedRevenue"` // paid in by the network (notifyRevenue)
	VestingDays     float64      `json:"vestingDays"`     // chain time the demo let pass for it to vest
	PricePerGB      string       `json:"pricePerGB"`
	CreditGB        float64      `json:"creditGB"` // over every plan
	UsedGB          float64      `json:"usedGB"`
	Throttled       int          `json:"throttled"` // plans metered beyond their credit
	Plans           []PlanResult `json:"plans"`
}

// kbPerGB is the DataPlan's kilobytes per GB.
const kbPerGB = 1 << 20

func gb(kb *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(kb, big.NewInt(kbPerGB)).Float64()
	return f
}

// marketAndFreeData runs the data sale and the FreeData plan after the settlement. The chain's
// clock moves forward twice: past the timelock's delay (the market fees), and past the vault's
// vesting once the sale is claimed; nothing that has a deadline is left open across either.
func marketAndFreeData(ctx context.Context, sc *eval.Scenario, dir string, rep *Report) error {
	s, chain, admin := sc.Suite, sc.Chain, sc.Admin
	if dir == "" {
		tmp, err := os.MkdirTemp("", "datpin-demo-market-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	// Governance sets the market's fees: scheduled on the timelock now, executed after its delay.
	feeOp := evm.Operation{Target: s.Market, Data: s.MarketABI.PackSetFees(demoProtocolFeeBps, demoDeliveryFeeBps, s.Vault),
		Salt: evm.SaltOf("demo: market fees")}
	delay, err := s.MinDelay(ctx)
	if err != nil {
		return err
	}
	if _, err := s.Schedule(ctx, admin, feeOp, delay); err != nil {
		return fmt.Errorf("schedule the market fees: %w", err)
	}

	// The holder consents to research and accepts the network token (and ETH) at any price.
	if err := s.GrantConsent(ctx, sc.Operator, s.ClassID, big.NewInt(1<<evm.PurposeResearch), false); err != nil {
		return fmt.Errorf("consent: %w", err)
	}
	for _, asset := range []common.Address{s.Token, {}} {
		if err := s.SetFloor(ctx, sc.Operator, s.ClassID, asset, new(big.Int)); err != nil {
			return fmt.Errorf("floor: %w", err)
		}
	}

	// The curator's dataset: one region, listed; nothing when no contribution was finalized.
	m, mr, err := listDataset(ctx, sc, dir)
	if err != nil {
		return err
	}
	rep.Market = mr

	// FreeData subscribers deposit before any revenue reaches the vault.
	fd := &FreeDataResult{Subscribers: len(demoSubscribers)}
	rep.FreeData = fd
	subs := make([]*evm.Account, len(demoSubscribers))
	deposited := new(big.Int)
	for i, d := range demoSubscribers {
		subs[i] = evm.DevAccount("demo/subscriber", uint32(i))
		amount := evm.Ether(d.deposit)
		if err := fund(ctx, sc, subs[i], amount); err != nil {
			return err
		}
		id := [32]byte{}
		copy(id[:], fmt.Sprintf("demo-subscriber-%d", i+1))
		// The billing (the admin holds METER_ROLE) binds the subscriber's id to its address.
		if _, err := s.PlanBind(ctx, sc.Admin, id, subs[i].Address); err != nil {
			return fmt.Errorf("subscriber %d bind: %w", i+1, err)
		}
		if _, err := s.PlanDeposit(ctx, subs[i], id, amount); err != nil {
			return fmt.Errorf("subscriber %d deposit: %w", i+1, err)
		}
		deposited.Add(deposited, amount)
		fd.Plans = append(fd.Plans, PlanResult{Subscriber: subs[i].Address.Hex(), Deposit: amount.String()})
	}
	fd.Deposited = deposited.String()

	// The fees take effect once the timelock's delay has passed.
	now, err := chain.Now(ctx)
	if err != nil {
		return err
	}
	if err := chain.AdvanceTo(ctx, uint64(now.Unix())+uint64(delay/time.Second)+1); err != nil {
		return err
	}
	if _, err := s.Execute(ctx, admin, feeOp); err != nil {
		return fmt.Errorf("execute the market fees: %w", err)
	}

	vaultFee := new(big.Int)
	if m != nil {
		if vaultFee, err = sell(ctx, sc, dir, m, mr); err != nil {
			return err
		}
	}

	// The vault's revenue: the sale's protocol fee, collected, and the network's payment.
	if vaultFee.Sign() > 0 {
		if _, err := s.VaultCollectFees(ctx, admin, s.Token); err != nil {
			return fmt.Errorf("collect the market's fees: %w", err)
		}
	}
	fd.FeeRevenue = vaultFee.String()
	if err := s.MintToken(ctx, admin, admin.Address, demoRevenue); err != nil {
		return err
	}
	if _, err := s.VaultRevenue(ctx, admin, demoRevenue); err != nil {
		return fmt.Errorf("vault revenue: %w", err)
	}
	fd.NotifiedRevenue = demoRevenue.String()

	// The revenue vests; then the billing meters each subscriber's usage.
	vs, err := s.VaultState(ctx)
	if err != nil {
		return err
	}
	if now, err = chain.Now(ctx); err != nil {
		return err
	}
	target := max(vs.VestingEnd, uint64(now.Unix())) + 3600
	if err := chain.AdvanceTo(ctx, target); err != nil {
		return err
	}
	fd.VestingDays = float64(target-uint64(now.Unix())) / 86400
	price, _, err := s.PlanPrice(ctx)
	if err != nil {
		return err
	}
	fd.PricePerGB = price.String()
	credit, used := new(big.Int), new(big.Int)
	for i, d := range demoSubscribers {
		if _, err := s.PlanMeter(ctx, admin, subs[i].Address, uint64(d.usageGB)*kbPerGB); err != nil {
			return fmt.Errorf("meter subscriber %d: %w", i+1, err)
		}
		pl, err := s.PlanOf(ctx, subs[i].Address)
		if err != nil {
			return err
		}
		pr := &fd.Plans[i]
		pr.Principal, pr.Yield = pl.Principal.String(), pl.YieldConverted.String()
		pr.CreditGB, pr.MeteredGB, pr.UsedGB, pr.Throttled = gb(pl.CreditKB), float64(d.usageGB), gb(pl.UsedKB), pl.Throttled
		credit.Add(credit, pl.CreditKB)
		used.Add(used, pl.UsedKB)
		if pl.Throttled {
			fd.Throttled++
		}
	}
	fd.CreditGB, fd.UsedGB = gb(credit), gb(used)
	return nil
}

// fund gives a demo account ETH for gas and amount of the network token (the development faucet).
func fund(ctx context.Context, sc *eval.Scenario, to *evm.Account, amount *big.Int) error {
	if _, err := sc.Chain.Send(ctx, sc.Admin, &to.Address, nil, evm.Ether(10)); err != nil {
		return fmt.Errorf("fund %s: %w", to.Address, err)
	}
	return sc.Suite.MintToken(ctx, sc.Admin, to.Address, amount)
}

// demoDataset indexes the chain and resolves the busiest region of the network into a manifest
// with its certificate: the resolution-5 cell (or a contribution's coarser region) holding the
// most finalized contributions, or a finer one when that holds more than a purchase can take.
func demoDataset(ctx context.Context, s *evm.Suite, chain *evm.Chain, dir string) (*market.Manifest, *market.Certificate, string, error) {
	db, err := index.Open(filepath.Join(dir, "index.db"))
	if err != nil {
		return nil, nil, "", err
	}
	defer db.Close()
	ix, err := index.New(ctx, db, s, index.Config{})
	if err != nil {
		return nil, nil, "", err
	}
	if err := ix.CatchUp(ctx); err != nil {
		return nil, nil, "", fmt.Errorf("index: %w", err)
	}
	toks, err := db.DatasetTokens(ctx, index.DatasetFilter{Class: s.ClassID})
	if err != nil {
		return nil, nil, "", err
	}
	cells := make([]h3.Cell, 0, len(toks))
	for _, t := range toks {
		if c := h3.Cell(t.Cell); c.IsValid() {
			cells = append(cells, c)
		}
	}
	var region h3.Cell
	for res := regionResolution; res <= 9 && region == 0; res++ {
		// Candidates: each contribution's region at res, or its own when it is coarser (a region
		// widened for k-anonymity); each counts the contributions inside it.
		count := map[h3.Cell]int{}
		for _, c := range cells {
			k := c
			if c.Resolution() > res {
				k = c.Parent(res)
			}
			count[k] = 0
		}
		for k := range count {
			for _, c := range cells {
				if c.Resolution() >= k.Resolution() && c.Parent(k.Resolution()) == k {
					count[k]++
				}
			}
		}
		var fit []h3.Cell
		for k, n := range count {
			if n <= market.MaxEntries {
				fit = append(fit, k)
			}
		}
		if len(fit) > 0 {
			region = slices.MaxFunc(fit, func(a, b h3.Cell) int { return cmp.Or(cmp.Compare(count[a], count[b]), cmp.Compare(b, a)) })
		}
	}
	if region == 0 {
		return nil, nil, "", datpin.Errorf(datpin.ENOTFOUND, "no finalized contribution to sell")
	}
	now, err := chain.Now(ctx)
	if err != nil {
		return nil, nil, "", err
	}
	m, err := market.Resolve(ctx, db, market.Deployment{ChainID: s.ChainID, DAT: s.DAT, Market: s.Market},
		market.Query{Class: s.ClassID, Cells: []string{index.CellString(uint64(region))}}, now)
	if err != nil {
		return nil, nil, "", fmt.Errorf("resolve the dataset: %w", err)
	}
	cert, err := market.Certify(ctx, db, m)
	if err != nil {
		return nil, nil, "", fmt.Errorf("certify the dataset: %w", err)
	}
	return m, cert, index.CellString(uint64(region)), nil
}

// listDataset has the curator resolve the busiest region into a dataset, certify it, store its
// manifest and list it in the network token. With no finalized contribution there is nothing to
// sell: it returns no manifest and an empty result.
func listDataset(ctx context.Context, sc *eval.Scenario, dir string) (*market.Manifest, *MarketResult, error) {
	s, chain, admin := sc.Suite, sc.Chain, sc.Admin
	m, cert, region, err := demoDataset(ctx, s, chain, dir)
	if datpin.ErrorCode(err) == datpin.ENOTFOUND {
		return nil, &MarketResult{Asset: s.Token.Hex(), PricePerUnit: demoPricePerUnit.String(), Paid: "0", ProtocolFee: "0",
			DeliveryFee: "0", PaidToHolders: "0"}, nil
	}
	if err != nil {
		return nil, nil, err
	}
	mb, err := json.Marshal(m)
	if err != nil {
		return nil, nil, datpin.Wrap(datpin.EINTERNAL, err, "encode the manifest")
	}
	mcid, err := sc.Store.Put(ctx, mb)
	if err != nil {
		return nil, nil, err
	}
	mdigest, err := store.Digest(mcid)
	if err != nil {
		return nil, nil, err
	}
	listing, err := s.ListDataset(ctx, admin, evm.Listing{ClassId: s.ClassID, ManifestRoot: common.HexToHash(m.Root), ManifestCid: mdigest,
		CertificateHash: common.HexToHash(cert.Hash), Asset: s.Token, PricePerUnit: demoPricePerUnit,
		Purposes: big.NewInt(1 << evm.PurposeResearch), AccessDuration: 30 * 86400, DeliveryWindow: 86400, LicenceURI: "datpin://licence/demo"})
	if err != nil {
		return nil, nil, fmt.Errorf("list: %w", err)
	}
	mr := &MarketResult{Region: region, Listing: listing, Tokens: len(m.Entries), Units: m.Units, Records: m.Records,
		CertificateHash: cert.Hash, Asset: s.Token.Hex(), PricePerUnit: demoPricePerUnit.String()}
	return m, mr, nil

}

// sell has a buyer buy the listing, one of the validators deliver it as a gateway, the buyer
// download, verify and export it, and the holder claim the sale; it returns the protocol fee
// credited to the FreeData vault.
func sell(ctx context.Context, sc *eval.Scenario, dir string, m *market.Manifest, mr *MarketResult) (*big.Int, error) {
	s := sc.Suite
	listing := mr.Listing
	// The sale: the buyer pays, a validator delivers as a gateway, the buyer verifies and exports.
	buyer := evm.DevAccount("demo/buyer", 0)
	quote := new(big.Int).Mul(demoPricePerUnit, new(big.Int).SetUint64(m.Units))
	if err := fund(ctx, sc, buyer, quote); err != nil {
		return nil, err
	}
	buyerID, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "buyer identity")
	}
	gw := sc.Committee[0]
	st, err := market.OpenGatewayState(filepath.Join(dir, "gateway.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	g, err := market.NewGateway(ctx, market.GatewayConfig{Suite: s, Account: gw.Account, Identities: []age.Identity{gw.Identity}, Store: sc.Store, State: st})
	if err != nil {
		return nil, err
	}
	began := time.Now()
	res, _, err := market.Buy(ctx, s, buyer, market.BuyOptions{Listing: listing, Manifest: m, Purpose: evm.PurposeResearch, Recipient: buyerID.Recipient().String()})
	if err != nil {
		return nil, fmt.Errorf("buy: %w", err)
	}
	if err := g.Step(ctx); err != nil {
		return nil, fmt.Errorf("gateway: %w", err)
	}
	dl, err := market.Download(ctx, market.DownloadOptions{Suite: s, Store: sc.Store, Identities: []age.Identity{buyerID}, Manifest: m,
		Purchase: res.ID, Interval: 10 * time.Millisecond})
	if dl == nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	// A package that does not verify is reported, not fatal: the figures show it.
	mr.Purchases, mr.VerifiedRecords, mr.UnverifiedRecords = 1, dl.Verified, dl.Failed
	if mr.ExportedRows, err = dl.Export(io.Discard, market.FormatParquet); err != nil {
		return nil, err
	}
	mr.PaymentToExportSeconds = time.Since(began).Seconds()
	p, err := s.PurchaseOf(ctx, res.ID)
	if err != nil {
		return nil, err
	}
	mr.Gateway = p.Gateway.Hex()
	mr.Paid = p.Amount.String()
	vaultFee, err := s.MarketCredit(ctx, s.Token, s.Vault)
	if err != nil {
		return nil, err
	}
	gwFee, err := s.MarketCredit(ctx, s.Token, gw.Account.Address)
	if err != nil {
		return nil, err
	}
	mr.ProtocolFee, mr.DeliveryFee = vaultFee.String(), gwFee.String()

	// The holder claims what its sold tokens earned.
	es, idx, err := market.DeliveredEntries(ctx, s, res.ID, m)
	if err != nil {
		return nil, err
	}
	before, err := s.TokenBalance(ctx, sc.Operator.Address)
	if err != nil {
		return nil, err
	}
	claims := market.SaleClaims(es, idx)
	for i := 0; i < len(claims); i += 100 {
		if _, err := s.ClaimSales(ctx, sc.Operator, res.ID, claims[i:min(i+100, len(claims))]); err != nil {
			return nil, fmt.Errorf("claim the sale: %w", err)
		}
	}
	after, err := s.TokenBalance(ctx, sc.Operator.Address)
	if err != nil {
		return nil, err
	}
	mr.PaidToHolders = new(big.Int).Sub(after, before).String()

	return vaultFee, nil
}
