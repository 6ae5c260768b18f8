package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"filippo.io/age"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/market"
)

func init() { register(newDownloadCmd) }

// DownloadReport is what `datpin download` reports.
type DownloadReport struct {
	*market.DownloadResult
	File           string  `json:"file"`
	Format         string  `json:"format"`
	Rows           int     `json:"rows"`
	RecordsPerSec  float64 `json:"recordsPerSecond"` // verified records per second of fetching, decrypting and verifying
	ElapsedSeconds float64 `json:"elapsedSeconds"`   // from the start of the command, the wait included
}

func newDownloadCmd(g *globals) *cobra.Command {
	var manifestFile, identity, out, format, storeArg string
	var interval, timeout time.Duration
	cmd := &cobra.Command{
		Use:   "download PURCHASE",
		Short: "Download a delivered purchase, verify every record against the chain, and export it",
		Long: `Waits for a gateway to deliver the purchase (its progress on standard error), then fetches the
bundle of wrapped data keys and every delivered package by CID from the store, unwraps each key
with the buyer's age identity (--identity), decrypts, and verifies every record against its
token's Merkle root as anchored on chain (the package's CID, station and signature too). The
bundle must cover exactly the entries the purchase delivered. Verified records are written to
DIR/purchase-N.csv, .jsonl or .parquet. A package that does not verify is reported with its
records, which are not exported, and the command exits non-zero. Needs --rpc and --addresses.`,
		Example: "  datpin download 7 --manifest dataset.json --identity buyer.agekey --out data --format parquet",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			start := time.Now()
			purchase, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || purchase == 0 {
				return datpin.Errorf(datpin.EINVALID, "purchase %q: want a purchase id", args[0])
			}
			switch format {
			case market.FormatCSV, market.FormatJSONL, market.FormatParquet:
			default:
				return datpin.Errorf(datpin.EINVALID, "--format %q: want csv, jsonl or parquet", format)
			}
			if manifestFile == "" || identity == "" || out == "" || storeArg == "" {
				return datpin.Errorf(datpin.EINVALID, "download needs --manifest, --identity, --out and --store")
			}
			id, err := readIdentity(identity)
			if err != nil {
				return err
			}
			m, err := readManifest(manifestFile)
			if err != nil {
				return err
			}
			cs, _, err := openStore(storeArg)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if timeout > 0 {
				var cancel func()
				ctx, cancel = context.WithTimeout(ctx, timeout)
				defer cancel()
			}
			s, done, err := connectReadOnly(g, ctx)
			if err != nil {
				return err
			}
			defer done()
			progress := downloadProgress(g, cmd)
			res, verr := market.Download(ctx, market.DownloadOptions{Suite: s, Store: cs, Identities: []age.Identity{id}, Manifest: m,
				Purchase: purchase, Interval: interval, Progress: progress})
			if res == nil {
				return verr
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "create %s", out)
			}
			file := filepath.Join(out, fmt.Sprintf("purchase-%d.%s", purchase, format))
			fh, err := os.Create(file)
			if err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "create %s", file)
			}
			rows, err := res.Export(fh, format)
			if cerr := fh.Close(); err == nil && cerr != nil {
				err = datpin.Wrap(datpin.EUNAVAILABLE, cerr, "write %s", file)
			}
			if err != nil {
				return err
			}
			rep := DownloadReport{DownloadResult: res, File: file, Format: format, Rows: rows, ElapsedSeconds: time.Since(start).Seconds()}
			if res.VerifySeconds > 0 {
				rep.RecordsPerSec = float64(res.Verified) / res.VerifySeconds
			}
			if g.json {
				if err := printJSON(cmd.OutOrStdout(), rep); err != nil {
					return err
				}
			} else {
				w := cmd.OutOrStdout()
				fmt.Fprintf(w, "purchase %d (listing %d), delivered by %s, bundle %s\n", purchase, res.Listing, res.Gateway, res.Bundle)
				for _, t := range res.Tokens {
					if t.Error != "" {
						fmt.Fprintf(w, "  token %d: %d records NOT VERIFIED: %s\n", t.TokenID, t.Records, t.Error)
					} else {
						fmt.Fprintf(w, "  token %d: %d records verified\n", t.TokenID, t.Verified)
					}
				}
				fmt.Fprintf(w, "%d of %d records verified (%.0f records/s); %d rows written to %s\n", res.Verified, res.Records, rep.RecordsPerSec, rows, file)
			}
			return verr
		},
	}
	f := cmd.Flags()
	f.StringVar(&manifestFile, "manifest", "", "the listing's manifest (JSON), as bought")
	f.StringVar(&identity, "identity", "", "file with the age identity of the recipient named at purchase")
	f.StringVar(&out, "out", "", "directory to write the export to")
	f.StringVar(&format, "format", market.FormatCSV, "export format: csv, jsonl or parquet")
	f.StringVar(&storeArg, "store", "", "where bundles and packages are read: a local store directory or an IPFS Kubo RPC URL")
	f.DurationVar(&interval, "interval", 2*time.Second, "how often to poll for the delivery")
	f.DurationVar(&timeout, "timeout", 0, "give up after this long (0: wait until the purchase's deadline)")
	return cmd
}

// downloadProgress draws the wait and the verification on standard error (nothing with --json or
// when standard error is not the terminal's).
func downloadProgress(g *globals, cmd *cobra.Command) func(string, int, int) {
	w := cmd.ErrOrStderr()
	if g.json || w != os.Stderr {
		return nil
	}
	var wait, verify *progressbar.ProgressBar
	return func(stage string, done, total int) {
		switch stage {
		case "waiting":
			if wait == nil {
				wait = progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("waiting for the delivery"),
					progressbar.OptionSpinnerType(14), progressbar.OptionSetElapsedTime(true), progressbar.OptionClearOnFinish())
			}
			wait.Add(1)
		case "verifying":
			if wait != nil {
				wait.Finish()
				wait = nil
			}
			if verify == nil {
				verify = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("verifying packages"),
					progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
			}
			verify.Set(done)
			if done == total {
				verify.Finish()
			}
		}
	}
}
