package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/telemetry"
)

// importSummary is what `datpin import --json` prints.
type importSummary struct {
	Files            int             `json:"files"`
	Rows             int             `json:"rows"`
	Records          int             `json:"records"`     // records stored by this import
	Duplicates       int             `json:"duplicates"`  // records already stored (a re-import)
	Quarantined      int             `json:"quarantined"` // rows set aside
	QuarantineFile   string          `json:"quarantineFile"`
	Contributions    int             `json:"contributions"` // batches anchored (DATs)
	Failed           int             `json:"failed"`
	Pending          int             `json:"pending"`
	Transactions     int             `json:"transactions"`
	Stations         []stationResult `json:"stations"`
	ChainID          uint64          `json:"chainId"`
	DAT              string          `json:"dat"`
	State            string          `json:"state"`
	StateTemporary   bool            `json:"stateTemporary,omitempty"` // removed when the command exits
	Store            string          `json:"store"`
	OperatorIdentity string          `json:"operatorIdentity"`
	ParseSeconds     float64         `json:"parseSeconds"`
	AnchorSeconds    float64         `json:"anchorSeconds"`
	RecordsPerSecond float64         `json:"recordsPerSecond"`
}

// stationResult is one batch: a station's epoch (or part of it).
type stationResult struct {
	Station     string `json:"station"`
	Device      string `json:"device"`
	DeviceType  string `json:"deviceType"`
	Epoch       uint32 `json:"epoch"`
	Seq         int    `json:"seq,omitempty"`
	Records     int    `json:"records"`
	Score       uint16 `json:"score"`
	Explanation string `json:"explanation"`
	State       string `json:"state"`
	Token       uint64 `json:"token,omitempty"`
	CID         string `json:"cid,omitempty"`
	Root        string `json:"root,omitempty"`
	Tx          string `json:"tx,omitempty"`
	Error       string `json:"error,omitempty"`
}

var deviceTypeNames = map[datpin.DeviceType]string{
	datpin.DeviceStation: "station", datpin.DeviceHandset: "handset", datpin.DeviceSensor: "sensor",
}

func newImportCmd(g *globals) *cobra.Command {
	var f edgeFlags
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Import measurement files and anchor them as DATs, one per station and epoch",
		Long: `Parses measurement files, stores the records in the outbox (--state), batches them per station and
epoch, and at the end seals every batch: anonymizes it (per-epoch pseudonyms, H3 cells), scores it,
packages and encrypts it (to the operator's identity in the state directory and to --recipient),
stores it (local store, or IPFS with --ipfs) and anchors it with the station's EIP-712 signature,
up to --anchor-batch contributions per transaction.

Without --rpc it deploys the contracts on a fresh embedded chain, derives the station keys from
their ids and onboards the stations itself. With --rpc it needs --key (operator), --addresses,
and station keys (--device-keys DIR of STATION.json keystores, or --dev-keys on a development
chain); stations must be onboarded (datpin onboard), or pass --onboard.

Bad rows are set aside in the quarantine file with file, line and reason. Re-running an import
(after a crash, or on the same files) stores only what is missing and never anchors a batch twice.`,
	}
	f.register(cmd.PersistentFlags(), "state directory: outbox database, local store, operator identity (default: a temporary directory without --rpc, datpin-state with it)")
	for _, c := range []struct {
		use, short string
		format     telemetry.Format
		example    string
	}{
		{"gnettrack DIR|FILE...", "Import G-NetTrack Pro CSV exports (a station per NODEHEX; the device is the file name)",
			telemetry.FormatGNetTrack, "  datpin import gnettrack ./drives --json\n  datpin import gnettrack --rpc http://127.0.0.1:8545 --key op.json --addresses addr.json --dev-keys --onboard drive.csv"},
		{"jsonl DIR|FILE|-...", "Import datpin JSON Lines (sessions, heartbeats, sensor readings; - reads standard input)",
			telemetry.FormatJSONL, "  datpin import jsonl records.jsonl\n  cat records.jsonl | datpin import jsonl -"},
		{"weather DIR|FILE...", "Import hourly weather CSV series (the station is the file name)",
			telemetry.FormatWeather, "  datpin import weather ./weather --epoch 86400"},
	} {
		format := c.format
		sub := &cobra.Command{
			Use:     c.use,
			Short:   c.short,
			Example: c.example,
			Args:    cobra.MinimumNArgs(1),
			RunE: func(sub *cobra.Command, args []string) error {
				return runImport(g, sub, &f, format, args)
			},
		}
		cmd.AddCommand(sub)
	}
	return cmd
}

func runImport(g *globals, cmd *cobra.Command, f *edgeFlags, format telemetry.Format, args []string) error {
	ctx := cmd.Context()
	files, total, err := agent.Files(args, format)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return datpin.Errorf(datpin.EINVALID, "no %s files in %s", format, strings.Join(args, " "))
	}
	defState := ""
	if g.rpc != "" {
		defState = "datpin-state"
	}
	e, err := setupEdge(g, ctx, cmd, f, defState, func(c *agent.Config) {
		c.SealAfter = -1 // sealed by Flush at the end
		c.PollInterval = 100 * time.Millisecond
		if !cmd.Flags().Changed("log-level") && os.Getenv("DATPIN_LOG_LEVEL") == "" {
			// The summary says what happened; log only trouble.
			c.Log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
		}
	})
	if err != nil {
		return err
	}
	defer e.Close()
	before, err := e.outbox.List(ctx, nil)
	if err != nil {
		return err
	}
	var pending []int64
	for _, b := range before {
		if b.State < agent.StateAnchored {
			pending = append(pending, b.ID)
		}
	}

	runCtx, stopRun := context.WithCancel(ctx)
	runDone := make(chan struct{})
	go func() {
		defer close(runDone)
		e.agent.Run(runCtx)
	}()
	defer func() {
		stopRun()
		<-runDone
	}()

	interactive := !g.json && term.IsTerminal(int(os.Stderr.Fd()))
	opt := agent.ImportOptions{Quarantine: e.quarantine}
	var bar *progressbar.ProgressBar
	if interactive {
		bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription("import"),
			progressbar.OptionShowBytes(true), progressbar.OptionShowCount(), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
		opt.Progress = func(n int64) { bar.Add64(n) }
	}
	start := time.Now()
	st, err := e.agent.ImportFiles(ctx, files, cmd.InOrStdin(), format, opt)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	if err := e.quarantine.Flush(); err != nil {
		return err
	}
	parsed := time.Since(start)

	ids := slices.Clone(st.Batches)
	for _, id := range pending {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if !e.agent.Config().AutoOnboard && len(ids) > 0 {
		// Anchoring would wait for ever on unregistered stations: say so now.
		// Their records stay in the outbox for the next run.
		bs, err := e.outbox.List(ctx, ids)
		if err != nil {
			return err
		}
		missing, err := e.agent.Unregistered(ctx, bs)
		if err != nil {
			return err
		}
		if len(missing) > 0 {
			var list []string
			for st, addr := range missing {
				list = append(list, st+" ("+addr+")")
			}
			slices.Sort(list)
			return datpin.Errorf(datpin.ENOTFOUND, "stations not registered on chain: %s; onboard them with `datpin onboard` (or pass --onboard) and import again: their records are kept in %s",
				strings.Join(list, ", "), e.state)
		}
	}
	anchorStart := time.Now()
	txsBefore := e.agent.Stats().Transactions
	if interactive && len(ids) > 0 {
		stopBar := anchorProgress(ctx, e, len(ids))
		err = e.agent.Flush(ctx)
		stopBar()
	} else {
		err = e.agent.Flush(ctx)
	}
	if err != nil {
		return err
	}
	anchored := time.Since(anchorStart)

	var bs []*agent.Batch
	if len(ids) > 0 {
		if bs, err = e.outbox.List(ctx, ids); err != nil {
			return err
		}
	}
	slices.SortFunc(bs, func(a, b *agent.Batch) int {
		if c := strings.Compare(a.Station, b.Station); c != 0 {
			return c
		}
		if a.Epoch != b.Epoch {
			return int(a.Epoch) - int(b.Epoch)
		}
		return a.Seq - b.Seq
	})
	sum := importSummary{
		Files: st.Files, Rows: st.Rows, Records: st.Accepted, Duplicates: st.Duplicates, Quarantined: st.Bad,
		StateTemporary: e.tempState, QuarantineFile: e.qpath, ChainID: e.suite.ChainID, DAT: e.suite.DAT.Hex(), State: e.state, Store: e.storeDesc,
		OperatorIdentity: e.operatorID, ParseSeconds: parsed.Seconds(), AnchorSeconds: anchored.Seconds(),
		Transactions: int(e.agent.Stats().Transactions - txsBefore),
		Stations:     []stationResult{},
	}
	if parsed > 0 {
		sum.RecordsPerSecond = float64(st.Accepted+st.Duplicates) / parsed.Seconds()
	}
	for _, b := range bs {
		r := stationResult{
			Station: b.Station, DeviceType: deviceTypeNames[b.DeviceType], Epoch: b.Epoch, Seq: b.Seq,
			Records: b.Records, Score: b.Score, Explanation: b.Explanation, State: b.State.String(), Token: b.Token,
			CID: b.CID, Tx: b.Tx, Error: b.LastError,
		}
		if b.Device != ([20]byte{}) {
			r.Device = "0x" + hex.EncodeToString(b.Device[:])
		}
		if b.Root != ([32]byte{}) {
			r.Root = "0x" + hex.EncodeToString(b.Root[:])
		}
		switch b.State {
		case agent.StateAnchored:
			sum.Contributions++
		case agent.StateFailed:
			sum.Failed++
		default:
			sum.Pending++
		}
		sum.Stations = append(sum.Stations, r)
	}
	if g.json {
		if err := printJSON(cmd.OutOrStdout(), sum); err != nil {
			return err
		}
	} else {
		printImportSummary(cmd.OutOrStdout(), &sum)
	}
	if sum.Failed > 0 {
		return datpin.Errorf(datpin.EINTERNAL, "%d batches failed; see the summary", sum.Failed)
	}
	return nil
}

func printImportSummary(w io.Writer, s *importSummary) {
	fmt.Fprintf(w, "imported %d records from %d files (%d rows; %d duplicates; %d quarantined to %s)\n",
		s.Records, s.Files, s.Rows, s.Duplicates, s.Quarantined, s.QuarantineFile)
	fmt.Fprintf(w, "anchored %d contributions in %d transactions on chain %d (DAT %s) in %.2fs",
		s.Contributions, s.Transactions, s.ChainID, s.DAT, s.AnchorSeconds)
	if s.Failed > 0 {
		fmt.Fprintf(w, "; %d failed", s.Failed)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-14s %-8s %8s %6s %8s  %-9s %s\n", "station", "type", "epoch", "score", "records", "state", "token / cid")
	for _, r := range s.Stations {
		tail := r.CID
		if r.Token != 0 {
			tail = fmt.Sprintf("#%d %s", r.Token, r.CID)
		}
		if r.Error != "" {
			tail += "  (" + r.Error + ")"
		}
		fmt.Fprintf(w, "%-14s %-8s %8d %6d %8d  %-9s %s\n", r.Station, r.DeviceType, r.Epoch, r.Score, r.Records, r.State, tail)
	}
	if s.StateTemporary {
		fmt.Fprintf(w, "the state (%s) was temporary, like the embedded chain; give --state and --rpc to keep it\n", s.State)
	} else {
		fmt.Fprintf(w, "state %s, store %s; the operator's age identity is %s\n", s.State, s.Store, s.OperatorIdentity)
	}
}

// anchorProgress shows a bar of the batches of this import moving to
// anchored; the returned function stops it.
func anchorProgress(ctx context.Context, e *edge, total int) func() {
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription("anchor"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			if b, _, err := e.outbox.Counts(ctx); err == nil {
				busy := b[agent.StateSealed] + b[agent.StatePackaged] + b[agent.StateStored]
				bar.Set(max(total-busy, 0))
			}
			select {
			case <-done:
				bar.Finish()
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}
