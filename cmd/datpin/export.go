package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/privacy"
)

func init() { register(newExportCmd) }

// ExportResult is what `datpin export` reports.
type ExportResult struct {
	Out     string `json:"out"`
	Format  string `json:"format"`
	Rows    int    `json:"rows"`
	Records uint64 `json:"records"`
	Asset   string `json:"asset"` // the reward asset of earned and claimed ("" none)
}

// openIndexFile opens an index database and, when the chain is given (--rpc, --addresses),
// brings it up to date; it returns the suite when it attached one.
func openIndexFile(ctx context.Context, g *globals, path string) (*index.DB, *evm.Suite, func(), error) {
	if path == "" {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "--db (the index database, as written by datpin serve --db) is required")
	}
	d, err := index.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	if g.rpc == "" || g.addrFile == "" {
		return d, nil, func() { d.Close() }, nil
	}
	chain, err := evm.Dial(ctx, g.rpc)
	if err != nil {
		d.Close()
		return nil, nil, nil, err
	}
	s, err := attachSuite(g, ctx, chain)
	if err == nil {
		var ix *index.Indexer
		if ix, err = index.New(ctx, d, s, index.Config{}); err == nil {
			err = ix.CatchUp(ctx)
		}
	}
	if err != nil {
		chain.Close()
		d.Close()
		return nil, nil, nil, err
	}
	return d, s, func() { chain.Close(); d.Close() }, nil
}

func newExportCmd(g *globals) *cobra.Command {
	var db, operator, station, cell, from, to, format, out, asset string
	res := -1
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export an operator's, a station's or a region's contributions, scores, rewards and receipts as CSV or Parquet",
		Long: `Writes one row per contribution (DAT) of --operator (the stations it operates), --station or
--cell (a region: an H3 cell, coarsened to --res if given; the contributions whose cell lies in it)
whose epoch (day) is within --from..--to: the contribution (station, epoch, cell, records, Merkle
root, CID), its scores (the station's tentative score, the agreed score, status and reason of a
rejection, each validator's revealed score), its rewards (value, share ratio, revenue attributed in
--asset and claimed) and its receipts (the anchoring, verdict, reveal and claim transactions, sale
revenue and its claims).

The index is a datpin serve database (--db); with --rpc and --addresses it is first brought up to
date from the chain and --asset defaults to the network token. CSV has a header line and empty
fields for unknown values; Parquet (zstd) has the same columns, unknown values null.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var f index.ExportFilter
			var err error
			if f.Operator, err = addressFlag(operator, "--operator"); err != nil {
				return err
			}
			if f.Station, err = addressFlag(station, "--station"); err != nil {
				return err
			}
			if cell != "" {
				if f.Cell, err = index.ParseCell(cell); err != nil {
					return err
				}
				if res >= 0 {
					if res > privacy.Resolution(f.Cell) {
						return datpin.Errorf(datpin.EINVALID, "--res %d is finer than the cell's resolution %d", res, privacy.Resolution(f.Cell))
					}
					f.Cell = privacy.Parent(f.Cell, res)
				}
			} else if res >= 0 {
				return datpin.Errorf(datpin.EINVALID, "--res coarsens --cell: give a cell")
			}
			given := 0
			for _, set := range []bool{f.Operator != "", f.Station != "", f.Cell != 0} {
				if set {
					given++
				}
			}
			if given != 1 {
				return datpin.Errorf(datpin.EINVALID, "export needs one of --operator, --station, --cell")
			}
			if f.FromEpoch, err = parseDay(from); err != nil {
				return err
			}
			if f.ToEpoch, err = parseDay(to); err != nil {
				return err
			}
			if out == "" {
				return datpin.Errorf(datpin.EINVALID, "--out (the file to write) is required")
			}
			if format == "" {
				format = strings.TrimPrefix(filepath.Ext(out), ".")
			}
			if format != index.FormatCSV && format != index.FormatParquet {
				return datpin.Errorf(datpin.EINVALID, "--format %q: want csv or parquet", format)
			}
			d, s, done, err := openIndexFile(ctx, g, db)
			if err != nil {
				return err
			}
			defer done()
			if f.Asset, err = rewardAsset(ctx, d, s, asset); err != nil {
				return err
			}
			rows, err := d.Export(ctx, f)
			if err != nil {
				return err
			}
			tmp := out + ".tmp"
			file, err := os.Create(tmp)
			if err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "create %s", tmp)
			}
			err = index.WriteExport(file, rows, format)
			if cerr := file.Close(); err == nil && cerr != nil {
				err = datpin.Wrap(datpin.EUNAVAILABLE, cerr, "write %s", tmp)
			}
			if err == nil {
				if rerr := os.Rename(tmp, out); rerr != nil {
					err = datpin.Wrap(datpin.EUNAVAILABLE, rerr, "rename %s", tmp)
				}
			}
			if err != nil {
				os.Remove(tmp)
				return err
			}
			r := ExportResult{Out: out, Format: format, Rows: len(rows), Asset: f.Asset}
			for i := range rows {
				r.Records += uint64(rows[i].Records)
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), r)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d contributions (%d records) as %s", out, r.Rows, r.Records, format)
			if r.Asset != "" {
				fmt.Fprintf(cmd.OutOrStdout(), ", rewards in %s", r.Asset)
			}
			fmt.Fprintln(cmd.OutOrStdout())
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", "", "index database (as written by datpin serve --db)")
	fl.StringVar(&operator, "operator", "", "the stations this account operates")
	fl.StringVar(&station, "station", "", "one station (device address)")
	fl.StringVar(&cell, "cell", "", "a region: an H3 cell in hex")
	fl.IntVar(&res, "res", -1, "coarsen --cell to this H3 resolution first")
	fl.StringVar(&from, "from", "", "first day (YYYY-MM-DD or an epoch number; default: the first)")
	fl.StringVar(&to, "to", "", "last day, inclusive (default: the last)")
	fl.StringVar(&format, "format", "", "csv or parquet (default: the extension of --out)")
	fl.StringVar(&out, "out", "", "file to write")
	fl.StringVar(&asset, "asset", "", "reward asset of earned and claimed (default: the network token with --addresses, else the one asset revenue was settled in)")
	return cmd
}

// addressFlag checks an optional address flag and returns it in lower case.
func addressFlag(v, name string) (string, error) {
	if v == "" {
		return "", nil
	}
	if !strings.HasPrefix(v, "0x") || len(v) != 42 || strings.Trim(strings.ToLower(v[2:]), "0123456789abcdef") != "" {
		return "", datpin.Errorf(datpin.EINVALID, "%s %q: want a 0x-prefixed 20-byte hex address", name, v)
	}
	return strings.ToLower(v), nil
}

// rewardAsset picks the export's reward asset: the flag, else the suite's network token, else
// the one asset the index saw revenue settled in ("" when none; ambiguous when several).
func rewardAsset(ctx context.Context, d *index.DB, s *evm.Suite, flag string) (string, error) {
	if flag != "" {
		return addressFlag(flag, "--asset")
	}
	if s != nil {
		return strings.ToLower(s.Token.Hex()), nil
	}
	assets, err := d.RewardAssets(ctx)
	if err != nil {
		return "", err
	}
	switch len(assets) {
	case 0:
		return "", nil
	case 1:
		return assets[0], nil
	}
	return "", datpin.Errorf(datpin.EINVALID, "revenue was settled in %d assets (%s): choose one with --asset", len(assets), strings.Join(assets, ", "))
}
