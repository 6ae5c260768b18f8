package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/store"
)

func init() { register(newDatasetCmd) }

// DatasetResult is what `datpin dataset create` reports.
type DatasetResult struct {
	Manifest    string              `json:"manifest"` // the file written
	CID         string              `json:"cid"`      // the manifest's content address
	Root        string              `json:"root"`     // the DataMarket's manifest root
	Tokens      int                 `json:"tokens"`
	Units       uint64              `json:"units"`
	Records     uint64              `json:"records"`
	Preview     *market.Preview     `json:"preview"`
	Certificate *market.Certificate `json:"certificate"`
}

// ListingResult is what `datpin dataset list` reports.
type ListingResult struct {
	Listing         uint64 `json:"listing"`
	ManifestCID     string `json:"manifestCid"`
	Root            string `json:"root"`
	CertificateHash string `json:"certificateHash"`
	PricePerUnit    string `json:"pricePerUnit"`
	Asset           string `json:"asset"`
}

func newDatasetCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dataset",
		Short: "Build, certify and list datasets of finalized DATs for the data market",
		Long: `A dataset is a query over finalized DATs (class, H3 cells at any resolution, days, minimum agreed
score, minimum validator agreement, device types, ZK-attested only) resolved against the index
into a manifest: its tokens, the units each one sells, their CIDs and Merkle roots. The manifest
is stored by content address; its quality certificate is recomputed by anyone from the chain
(docs/MARKET.md).

  create   resolve a query into a manifest, with a k-anonymous preview and the certificate
  certify  recompute a manifest's certificate (--verify HASH: refuse a mismatch)
  list     list a manifest on the DataMarket (a curator's key)

The index is a datpin serve database (--db); with --rpc and --addresses it is first brought up
to date from the chain.`,
	}
	var db, storeArg string
	cmd.PersistentFlags().StringVar(&db, "db", "", "index database (as written by datpin serve --db)")
	cmd.PersistentFlags().StringVar(&storeArg, "store", "", "content store for the manifest: a local directory or a Kubo RPC URL")

	// openIndex opens the index and, when the chain is given, catches it up.
	openIndex := func(ctx context.Context) (*index.DB, *evm.Suite, func(), error) { return openIndexFile(ctx, g, db) }

	var q market.Query
	var cells []string
	var from, to, out string
	var k int
	var deviceTypes []uint
	create := &cobra.Command{
		Use:   "create",
		Short: "Resolve a query into a dataset manifest",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var err error
			if q.FromEpoch, err = parseDay(from); err != nil {
				return err
			}
			if q.ToEpoch, err = parseDay(to); err != nil {
				return err
			}
			q.Cells = cells
			for _, t := range deviceTypes {
				if t > 255 {
					return datpin.Errorf(datpin.EINVALID, "--device-type %d: want 0..255", t)
				}
				q.DeviceTypes = append(q.DeviceTypes, uint8(t))
			}
			if out == "" {
				return datpin.Errorf(datpin.EINVALID, "--out (the manifest file to write) is required")
			}
			d, s, done, err := openIndex(ctx)
			if err != nil {
				return err
			}
			defer done()
			dep := market.Deployment{}
			if s != nil {
				dep = market.Deployment{ChainID: s.ChainID, DAT: s.DAT, Market: s.Market}
				if q.Class == 0 {
					q.Class = s.ClassID
				}
			}
			if q.Class == 0 {
				return datpin.Errorf(datpin.EINVALID, "--class is required without --rpc and --addresses")
			}
			m, err := market.Resolve(ctx, d, dep, q, time.Now())
			if err != nil {
				return err
			}
			preview, err := market.NewPreview(m, k)
			if err != nil {
				return err
			}
			cert, err := market.Certify(ctx, d, m)
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "encode the manifest")
			}
			if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
				return datpin.Wrap(datpin.EINVALID, err, "write %s", out)
			}
			res := DatasetResult{Manifest: out, CID: store.CID(append(b, '\n')), Root: m.Root, Tokens: len(m.Entries), Units: m.Units,
				Records: m.Records, Preview: preview, Certificate: cert}
			if storeArg != "" {
				st, _, err := openStore(storeArg)
				if err != nil {
					return err
				}
				if res.CID, err = st.Put(ctx, append(b, '\n')); err != nil {
					return err
				}
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "manifest %s (%s): %d tokens, %d units, %d records; root %s\n", out, res.CID, res.Tokens, res.Units, res.Records, res.Root)
			fmt.Fprintf(w, "certificate %s: median score %d, agreement %.1f %%, %d cells × %d days, %.1f %% rejected nearby\n",
				cert.Hash, cert.ScoreMedian, float64(cert.Agreement)/100, cert.Cells, cert.Days, float64(cert.RejectedShare)/100)
			fmt.Fprintf(w, "preview (k = %d): %d groups shown, %d groups of fewer contributors withheld\n", k, len(preview.Groups), preview.Suppressed)
			return nil
		},
	}
	f := create.Flags()
	f.Uint64Var(&q.Class, "class", 0, "DAT class (default the deployment's)")
	f.StringSliceVar(&cells, "cell", nil, "H3 cell (hex), any resolution; repeat for several")
	f.StringVar(&from, "from", "", "first day, YYYY-MM-DD or an epoch number")
	f.StringVar(&to, "to", "", "last day, YYYY-MM-DD or an epoch number")
	f.Uint16Var(&q.MinScore, "min-score", 0, "least agreed score, basis points")
	f.Float64Var(&q.MinAgreement, "min-agreement", 0, "least share of a token's reveals within the oracle's tolerance (0..1)")
	f.UintSliceVar(&deviceTypes, "device-type", nil, "device types to include (DeviceRegistry codes); default any")
	f.BoolVar(&q.ZKOnly, "zk-only", false, "only ZK-attested contributions")
	f.Uint64Var(&q.Sales, "sales", 10, "sales each token's value is shared among: an entry sells value/sales units")
	f.IntVar(&k, "k", 3, "the preview shows only groups of at least k contributors")
	f.StringVar(&out, "out", "", "manifest file to write")

	var verify string
	certify := &cobra.Command{
		Use:   "certify MANIFEST",
		Short: "Recompute a manifest's quality certificate from the chain",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := readManifest(args[0])
			if err != nil {
				return err
			}
			d, _, done, err := openIndex(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			var c *market.Certificate
			if verify != "" {
				c, err = market.VerifyCertificate(cmd.Context(), d, m, verify)
			} else {
				c, err = market.Certify(cmd.Context(), d, m)
			}
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), c)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "certificate %s of %d tokens (%d records): median score %d, agreement %.1f %%\n",
				c.Hash, c.Tokens, c.Records, c.ScoreMedian, float64(c.Agreement)/100)
			return nil
		},
	}
	certify.Flags().StringVar(&verify, "verify", "", "the listing's certificate hash: fail unless the recomputed one matches")

	var price, assetFlag, purposes, licence, manifestCID string
	var access, window time.Duration
	list := &cobra.Command{
		Use:   "list MANIFEST",
		Short: "List a dataset on the DataMarket (curators only)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			m, err := readManifest(args[0])
			if err != nil {
				return err
			}
			p, ok := new(big.Int).SetString(price, 10)
			if !ok || p.Sign() <= 0 {
				return datpin.Errorf(datpin.EINVALID, "--price %q is not a positive integer of base units", price)
			}
			mask, err := parsePurposes(purposes)
			if err != nil {
				return err
			}
			if g.rpc == "" || g.addrFile == "" || g.keyFile == "" {
				return datpin.Errorf(datpin.EINVALID, "dataset list needs --rpc, --addresses and --key")
			}
			chain, curator, err := connect(g, ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			if m.ChainID != 0 && (m.ChainID != s.ChainID || !strings.EqualFold(m.Market, s.Market.Hex())) {
				return datpin.Errorf(datpin.EINVALID, "the manifest is for chain %d, market %s", m.ChainID, m.Market)
			}
			asset, err := parseAsset(assetFlag, s)
			if err != nil {
				return err
			}
			d, _, done, err := openIndex(ctx)
			if err != nil {
				return err
			}
			defer done()
			cert, err := market.Certify(ctx, d, m)
			if err != nil {
				return err
			}
			raw, err := os.ReadFile(args[0])
			if err != nil {
				return datpin.Wrap(datpin.EINVALID, err, "read %s", args[0])
			}
			cidStr := manifestCID
			if cidStr == "" {
				cidStr = store.CID(raw)
			}
			digest, err := store.Digest(cidStr)
			if err != nil {
				return err
			}
			id, err := s.ListDataset(ctx, curator, evm.Listing{
				ClassId: m.Query.Class, ManifestRoot: common.HexToHash(m.Root), ManifestCid: digest, CertificateHash: common.HexToHash(cert.Hash),
				Asset: asset, PricePerUnit: p, Purposes: mask, AccessDuration: uint64(access / time.Second),
				DeliveryWindow: uint32(window / time.Second), LicenceURI: licence,
			})
			if err != nil {
				return err
			}
			res := ListingResult{Listing: id, ManifestCID: cidStr, Root: m.Root, CertificateHash: cert.Hash, PricePerUnit: p.String(), Asset: asset.Hex()}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "listing %d: %d tokens, %d units at %s per unit of %s; certificate %s\n",
				id, len(m.Entries), m.Units, p, asset.Hex(), cert.Hash)
			return nil
		},
	}
	lf := list.Flags()
	lf.StringVar(&price, "price", "", "price per unit, in the asset's base units")
	lf.StringVar(&assetFlag, "asset", "eth", "payment asset: eth, token (the network token) or an ERC-20 address")
	lf.StringVar(&purposes, "purposes", "research", "purposes the dataset may be bought for: "+strings.Join(purposeNames(), ", ")+", or codes")
	lf.StringVar(&licence, "licence-uri", "", "URI of the licence terms")
	lf.StringVar(&manifestCID, "manifest-cid", "", "the manifest's CID (default computed from the file)")
	lf.DurationVar(&access, "access", 30*24*time.Hour, "licence duration from the purchase")
	lf.DurationVar(&window, "delivery-window", 24*time.Hour, "time a gateway has to deliver (shorter than --access)")
	cmd.AddCommand(create, certify, list)
	return cmd
}

// readManifest reads and checks a manifest file.
func readManifest(path string) (*market.Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "read manifest %s", path)
	}
	var m market.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "parse manifest %s", path)
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return &m, nil
}

// parseDay reads a day as YYYY-MM-DD (UTC) or an epoch number (days since 1970); "" is 0.
func parseDay(s string) (uint32, error) {
	if s == "" {
		return 0, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		if t.Unix() < 0 {
			return 0, datpin.Errorf(datpin.EINVALID, "day %q is before 1970", s)
		}
		return uint32(t.Unix() / 86400), nil
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, datpin.Errorf(datpin.EINVALID, "day %q: want YYYY-MM-DD or an epoch number", s)
	}
	return uint32(n), nil
}
