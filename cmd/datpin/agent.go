package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/telemetry"
)

// edgeFlags are the flags `datpin import` and `datpin agent` share.
type edgeFlags struct {
	state          string
	ipfs           string
	epoch          int64
	recipients     []string
	recipientsFile string
	deviceKeys     string
	devicePassword string
	devKeys        bool
	onboard        bool
	anchorBatch    int
	anchorLinger   time.Duration
	quarantine     string
	outAddresses   string
	zk             bool
}

func (f *edgeFlags) register(fs *pflag.FlagSet, stateHelp string) {
	fs.StringVar(&f.state, "state", "", stateHelp)
	fs.StringVar(&f.ipfs, "ipfs", "", "IPFS Kubo RPC URL to store packages in (default: the local store in the state directory)")
	fs.Int64Var(&f.epoch, "epoch", agent.DefaultEpochLength, "epoch length in seconds: records are batched per station and epoch")
	fs.StringArrayVar(&f.recipients, "recipient", nil, "age X25519 recipient (age1...) packages are encrypted to, e.g. a validator; repeatable")
	fs.StringVar(&f.recipientsFile, "recipients-file", "", "file of age recipients, one per line (# comments), e.g. the validator committee")
	fs.StringVar(&f.deviceKeys, "device-keys", "", "directory of station keys: geth keystore files named STATION.json")
	fs.StringVar(&f.devicePassword, "device-password", "", "password of the station key files (prefer DATPIN_DEVICE_PASSWORD)")
	fs.BoolVar(&f.devKeys, "dev-keys", false, "derive station keys from their ids (public keys: development chains only; default on the embedded chain)")
	fs.BoolVar(&f.onboard, "onboard", false, "onboard unregistered stations from the --key account (default on the embedded chain)")
	fs.IntVar(&f.anchorBatch, "anchor-batch", agent.DefaultAnchorBatch, "most contributions per anchor transaction")
	fs.DurationVar(&f.anchorLinger, "anchor-linger", agent.DefaultAnchorLinger, "how long to wait for a fuller anchor transaction while batches are still being packaged")
	fs.StringVar(&f.quarantine, "quarantine", "", "file the bad input rows are appended to (default STATE/quarantine.jsonl)")
	fs.StringVar(&f.outAddresses, "out-addresses", "", "write the addresses of the deployed suite to this file (embedded chain)")
	fs.BoolVar(&f.zk, "zk", false, "commit each batch in its contribution and, once anchored, prove its radio score and region (ZK_ATTEST; development keys, see docs/ZK.md)")
}

// edge is an agent with everything it runs on.
type edge struct {
	agent      *agent.Agent
	outbox     *agent.Outbox
	chain      *evm.Chain
	suite      *evm.Suite
	quarantine *telemetry.Quarantine
	qpath      string
	state      string
	tempState  bool   // state is a temporary directory removed on Close
	operatorID string // path of the operator's age identity
	storeDesc  string
	cleanup    []func()
}

func (e *edge) Close() {
	for i := len(e.cleanup) - 1; i >= 0; i-- {
		e.cleanup[i]()
	}
}

// setupEdge connects the chain (deploying a fresh suite on the embedded
// chain), opens the state directory, the store and the outbox, and makes
// the agent. defaultState is used when --state is not given; "" means a
// temporary directory removed on Close.
func setupEdge(g *globals, ctx context.Context, cmd *cobra.Command, f *edgeFlags, defaultState string, mod func(*agent.Config)) (_ *edge, err error) {
	e := &edge{}
	defer func() {
		if err != nil {
			e.Close()
		}
	}()
	if g.rpc == "" && g.addrFile != "" {
		return nil, datpin.Errorf(datpin.EINVALID, "--addresses needs --rpc: the embedded chain lives only in this process")
	}
	chain, acct, err := connect(g, ctx)
	if err != nil {
		return nil, err
	}
	e.chain = chain
	e.cleanup = append(e.cleanup, func() { chain.Close() })
	embedded := chain.Embedded()
	if embedded {
		if e.suite, err = evm.Deploy(ctx, chain, acct, evm.DefaultConfig()); err != nil {
			return nil, err
		}
		slog.Debug("suite deployed on the embedded chain", "dat", e.suite.DAT)
		if f.outAddresses != "" {
			if err := evm.WriteAddresses(f.outAddresses, e.suite.Addresses); err != nil {
				return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", f.outAddresses)
			}
		}
	} else {
		if g.addrFile == "" {
			return nil, datpin.Errorf(datpin.EINVALID, "--addresses is required with --rpc (written by `datpin deploy --out`)")
		}
		addrs, err := evm.ReadAddresses(g.addrFile)
		if err != nil {
			return nil, err
		}
		if e.suite, err = evm.Attach(ctx, chain, addrs); err != nil {
			return nil, err
		}
		if f.outAddresses != "" {
			if err := evm.WriteAddresses(f.outAddresses, e.suite.Addresses); err != nil {
				return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", f.outAddresses)
			}
		}
	}

	// State directory.
	e.state = f.state
	if e.state == "" {
		e.state = defaultState
	}
	if e.state == "" {
		dir, err := os.MkdirTemp("", "datpin-state-")
		if err != nil {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "temporary state directory")
		}
		e.state, e.tempState = dir, true
		e.cleanup = append(e.cleanup, func() { os.RemoveAll(dir) })
	}
	if err := os.MkdirAll(e.state, 0o700); err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "state directory %s", e.state)
	}

	// Content store.
	var cs datpin.ContentStore
	if f.ipfs != "" {
		k, err := newKubo(f.ipfs)
		if err != nil {
			return nil, err
		}
		cs, e.storeDesc = k, "kubo "+k.URL()
	} else {
		l, err := store.NewLocal(filepath.Join(e.state, "blocks"))
		if err != nil {
			return nil, err
		}
		cs, e.storeDesc = l, "local "+l.Dir()
	}

	// Recipients: the operator's own identity (made on first use), plus the
	// committee.
	opID, path, err := operatorIdentity(e.state)
	if err != nil {
		return nil, err
	}
	e.operatorID = path
	recips := []age.Recipient{opID.Recipient()}
	more, err := readRecipients(f.recipients, f.recipientsFile)
	if err != nil {
		return nil, err
	}
	recips = append(recips, more...)

	// Station keys.
	var keys agent.Keys
	devKeys := f.devKeys || (embedded && !cmd.Flags().Changed("dev-keys") && f.deviceKeys == "")
	switch {
	case f.deviceKeys != "":
		pw := f.devicePassword
		if pw == "" {
			pw = os.Getenv("DATPIN_DEVICE_PASSWORD")
		}
		keys = &agent.KeystoreDir{Dir: f.deviceKeys, Password: pw}
	case devKeys:
		keys = agent.DevKeys{}
	default:
		return nil, datpin.Errorf(datpin.EINVALID, "station keys are needed: --device-keys DIR (STATION.json keystore files), or --dev-keys on a development chain")
	}
	onboard := f.onboard || (embedded && !cmd.Flags().Changed("onboard"))

	// Outbox, bound to this deployment.
	if e.outbox, err = agent.OpenOutbox(filepath.Join(e.state, "outbox.db")); err != nil {
		return nil, err
	}
	ob := e.outbox
	e.cleanup = append(e.cleanup, func() { ob.Close() })
	deployment := fmt.Sprintf("%d/%s/%d", e.suite.ChainID, e.suite.DAT.Hex(), e.suite.Genesis)
	if embedded {
		// An embedded chain lives and dies with this process: its state
		// directory must be new (its deployments look alike across runs).
		var nonce [8]byte
		rand.Read(nonce[:])
		deployment = fmt.Sprintf("embedded/%x", nonce)
	}
	if err := e.outbox.Bind(ctx, deployment); err != nil {
		return nil, err
	}

	e.qpath = f.quarantine
	if e.qpath == "" && e.tempState {
		// A temporary state directory is removed on exit: set bad rows aside in the user's
		// datpin state directory, one file per run, never in the working directory.
		if e.qpath, err = userQuarantine(); err != nil {
			return nil, err
		}
	} else if e.qpath == "" {
		e.qpath = filepath.Join(e.state, "quarantine.jsonl")
	}
	if e.quarantine, err = telemetry.OpenQuarantine(e.qpath); err != nil {
		return nil, err
	}
	q := e.quarantine
	e.cleanup = append(e.cleanup, func() { q.Close() })

	cfg := agent.Config{
		Outbox: e.outbox, Store: cs, Chain: agent.NewSuiteChain(e.suite, acct), Keys: keys, Recipients: recips,
		EpochLength: f.epoch, AnchorBatch: f.anchorBatch, AnchorLinger: f.anchorLinger, AutoOnboard: onboard, Log: slog.Default(),
	}
	if f.zk {
		if e.suite.ZKVerifier == (common.Address{}) {
			return nil, datpin.Errorf(datpin.EINVALID, "--zk: the deployment has no ZK verifier (zkVerifier in the addresses file)")
		}
		cfg.ZK = &agent.ZKConfig{}
	}
	if mod != nil {
		mod(&cfg)
	}
	if e.agent, err = agent.New(cfg); err != nil {
		return nil, err
	}
	return e, nil
}

// operatorIdentity loads the operator's age identity from the state
// directory, creating it on first use: the operator can always read its
// own packages.
func operatorIdentity(state string) (*age.X25519Identity, string, error) {
	path := filepath.Join(state, "operator.agekey")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return nil, "", datpin.Wrap(datpin.EINTERNAL, err, "generate age identity")
		}
		content := "# datpin operator identity; recipient: " + id.Recipient().String() + "\n" + id.String() + "\n"
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			return nil, "", datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", path)
		}
		return id, path, nil
	} else if err != nil {
		return nil, "", datpin.Wrap(datpin.EUNAVAILABLE, err, "read %s", path)
	}
	ids, err := age.ParseIdentities(strings.NewReader(string(b)))
	if err != nil || len(ids) != 1 {
		return nil, "", datpin.Errorf(datpin.EINVALID, "%s is not one age identity", path)
	}
	id, ok := ids[0].(*age.X25519Identity)
	if !ok {
		return nil, "", datpin.Errorf(datpin.EINVALID, "%s is not an X25519 identity", path)
	}
	return id, path, nil
}

func readRecipients(list []string, file string) ([]age.Recipient, error) {
	var out []age.Recipient
	parse := func(s, where string) error {
		r, err := age.ParseX25519Recipient(s)
		if err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "recipient %q (%s)", s, where)
		}
		out = append(out, r)
		return nil
	}
	for _, s := range list {
		if err := parse(strings.TrimSpace(s), "--recipient"); err != nil {
			return nil, err
		}
	}
	if file != "" {
		fh, err := os.Open(file)
		if err != nil {
			return nil, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", file)
		}
		defer fh.Close()
		sc := bufio.NewScanner(fh)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if err := parse(line, fmt.Sprintf("%s:%d", file, n)); err != nil {
				return nil, err
			}
		}
		if err := sc.Err(); err != nil {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read %s", file)
		}
	}
	return out, nil
}

func newAgentCmd(g *globals) *cobra.Command {
	var (
		f         edgeFlags
		listen    string
		tokens    string
		noAuth    bool
		sealAfter time.Duration
	)
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Run the edge agent: accept device uploads, batch, score, package, store and anchor them",
		Long: `Runs the long-lived edge agent. Devices upload JSON Lines records over HTTP; the agent stores
them in its outbox (SQLite, in --state) before answering, batches them per station and epoch,
and once a batch's epoch is over (plus --seal-after without new records) anonymizes, scores,
packages, encrypts, stores and anchors it as a DAT signed by the station's key. While the store or
the chain is down it keeps accepting uploads and retries with backoff; a restart resumes where it
stopped, and no batch is ever anchored twice.

HTTP API:
  POST /v1/records   JSONL body, "Authorization: Bearer TOKEN" (tokens from --tokens)
  GET  /v1/status    batches and records per outbox state
  GET  /metrics      Prometheus metrics
  GET  /healthz      liveness

Stop it with SIGINT or SIGTERM: it stops accepting, finishes in-flight requests and exits.`,
		Example: `  datpin agent token gw-1 A1B2 76C6C     # prints a token, and its entry for tokens.json
  datpin agent --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json \
    --state /var/lib/datpin --tokens tokens.json --device-keys keys/stations \
    --recipients-file committee.txt --listen 0.0.0.0:8480`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var auth *agent.Tokens
			switch {
			case tokens != "":
				var err error
				if auth, err = agent.LoadTokens(tokens); err != nil {
					return err
				}
			case !noAuth:
				return datpin.Errorf(datpin.EINVALID, "--tokens FILE is required (or --no-auth for local development)")
			}
			defState := "datpin-state"
			if g.rpc == "" {
				defState = "" // the embedded chain dies with the process: so does its state
				slog.Warn("no --rpc: running on an embedded chain that lives only in this process")
			}
			e, err := setupEdge(g, ctx, cmd, &f, defState, func(c *agent.Config) { c.SealAfter = sealAfter })
			if err != nil {
				return err
			}
			defer e.Close()
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "listen on %s", listen)
			}
			srv := &http.Server{
				Handler:           e.agent.Handler(agent.HandlerOptions{Tokens: auth, Quarantine: e.quarantine}),
				ReadHeaderTimeout: 10 * time.Second,
			}
			runCtx, stopRun := context.WithCancel(context.WithoutCancel(ctx))
			runDone := make(chan struct{})
			go func() {
				defer close(runDone)
				e.agent.Run(runCtx)
			}()
			srvErr := make(chan error, 1)
			go func() { srvErr <- srv.Serve(ln) }()
			addr := ln.Addr().String()
			if g.json {
				printJSON(cmd.OutOrStdout(), map[string]any{"listen": addr, "state": e.state, "chainId": e.suite.ChainID, "dat": e.suite.DAT})
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "listening on http://%s (state %s, store %s, chain %d)\n", addr, e.state, e.storeDesc, e.suite.ChainID)
			}
			slog.Info("agent started", "listen", addr, "state", e.state, "store", e.storeDesc)
			select {
			case <-ctx.Done():
			case err := <-srvErr:
				stopRun()
				<-runDone
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "http server")
			}
			slog.Info("shutting down")
			shCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			if err := srv.Shutdown(shCtx); err != nil {
				slog.Warn("http shutdown", "err", err)
			}
			stopRun()
			<-runDone
			if err := e.quarantine.Flush(); err != nil {
				return err
			}
			slog.Info("agent stopped")
			return nil
		},
	}
	f.register(cmd.Flags(), "state directory: outbox database, local store, operator identity (default datpin-state; a temporary one without --rpc)")
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8480", "address of the HTTP API")
	cmd.Flags().StringVar(&tokens, "tokens", "", "JSON file of device tokens allowed to upload (see 'datpin agent token')")
	cmd.Flags().BoolVar(&noAuth, "no-auth", false, "accept uploads without a token (local development only)")
	cmd.Flags().DurationVar(&sealAfter, "seal-after", agent.DefaultSealAfter, "how long after its epoch ends, and after its last record, a batch is sealed")
	cmd.AddCommand(newAgentTokenCmd(g))
	return cmd
}

func newAgentTokenCmd(g *globals) *cobra.Command {
	var add string
	cmd := &cobra.Command{
		Use:   "token NAME [STATION...]",
		Short: "Make a bearer token for a device or gateway and print it with its tokens-file entry",
		Long: `Prints a new random bearer token and the entry to add to the agent's --tokens file (which keeps
only the token's SHA-256). The device may upload records of the listed stations; "*" allows any.
Give the token to the device; it is not stored anywhere else.

With --add FILE the entry is added to that tokens file (created if missing; a name already in it is
refused) and only the token is printed. A running agent reads the file at start.`,
		Example: `  datpin agent token gw-1 A1B2 76C6C
  DATPIN_TOKEN=$(datpin agent token gw-2 '*' --add tokens.json)`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			stations := args[1:]
			if len(stations) == 0 {
				stations = []string{args[0]}
			}
			tok, entry := agent.NewToken(args[0], stations)
			if add != "" {
				if err := addTokenEntry(add, entry); err != nil {
					return err
				}
				if g.json {
					return printJSON(cmd.OutOrStdout(), map[string]any{"token": tok, "file": add})
				}
				fmt.Fprintln(cmd.OutOrStdout(), tok)
				return nil
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"token": tok, "entry": entry})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "token: %s\nentry: ", tok)
			return printJSON(cmd.OutOrStdout(), entry)
		},
	}
	cmd.Flags().StringVar(&add, "add", "", "add the entry to this tokens file and print only the token")
	return cmd
}

// addTokenEntry adds entry to the tokens file at path, creating it (mode 0600) if missing.
func addTokenEntry(path string, entry agent.TokenEntry) error {
	var t agent.Tokens
	if _, err := os.Stat(path); err == nil {
		old, err := agent.LoadTokens(path)
		if err != nil {
			return err
		}
		t = *old
	}
	for _, e := range t.Devices {
		if e.Name == entry.Name {
			return datpin.Errorf(datpin.ECONFLICT, "%s already has a token named %q", path, entry.Name)
		}
	}
	t.Devices = append(t.Devices, entry)
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return datpin.Wrap(datpin.EINTERNAL, err, "encode tokens")
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", tmp)
	}
	if err := os.Rename(tmp, path); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", path)
	}
	return nil
}

// userQuarantine returns a new quarantine file under the user's state directory
// ($XDG_STATE_HOME/datpin/quarantine, by default ~/.local/state/datpin/quarantine), named by the
// time of the run, for a command whose state directory is temporary.
func userQuarantine() (string, error) {
	base := os.Getenv("XDG_STATE_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", datpin.Wrap(datpin.EINVALID, err, "no state directory: give --state or --quarantine")
		}
		base = filepath.Join(home, ".local", "state")
	}
	dir := filepath.Join(base, "datpin", "quarantine")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "quarantine directory %s", dir)
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%d.jsonl", time.Now().UTC().Format("20060102T150405Z"), os.Getpid())), nil
}
