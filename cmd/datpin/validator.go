package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
)

func init() {
	register(newValidatorCmd)
	registerBench(newBenchValidatorCmd)
}

func newValidatorCmd(g *globals) *cobra.Command {
	var (
		identity  string
		storeArg  string
		state     string
		listen    string
		interval  time.Duration
		finalize  bool
		stakeArg  string
		exitAfter time.Duration
	)
	cmd := &cobra.Command{
		Use:   "validator",
		Short: "Run a validator: re-evaluate every anchored contribution and commit and reveal its scores",
		Long: `Runs a long-lived validator with its own key (--key) and age identity (--age-identity). It
watches the chain for new DATs, and when a round's commit window opens it fetches every package of
the round from the store, checks CID, Merkle root and device signature, decrypts, re-scores and
cross-verifies them, commits one batch of scores for the round, and reveals it in the reveal
window. With --finalize it also finalizes tokens whose reveal window has closed (anyone may; it
costs gas).

Its state (SQLite, --state) records each round's scores and salt before the commit transaction is
sent and the outcome after, plus the history of contributions seen: a restart resumes without
committing twice for a round and reveals what was committed. Windows follow the chain's clock.

HTTP:
  GET /metrics   Prometheus metrics
  GET /healthz   200 while the last poll succeeded, 503 otherwise

Stop it with SIGINT or SIGTERM.`,
		Example: `  datpin validator identity new --out validator.agekey     # prints the recipient operators encrypt to
  DATPIN_PASSWORD=... datpin validator --rpc http://127.0.0.1:8545 --addresses addresses.json \
    --key keys/validator.json --age-identity validator.agekey --store http://127.0.0.1:5001 \
    --state validator.db --register-stake 1000 --finalize`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if identity == "" {
				return datpin.Errorf(datpin.EINVALID, "--age-identity FILE is required (create one with `datpin validator identity new`)")
			}
			id, err := readIdentity(identity)
			if err != nil {
				return err
			}
			stake, err := parseTokens(stakeArg)
			if err != nil {
				return err
			}
			if g.rpc == "" && g.addrFile != "" {
				return datpin.Errorf(datpin.EINVALID, "--addresses needs --rpc: the embedded chain lives only in this process")
			}
			if g.rpc == "" && state != "" {
				return datpin.Errorf(datpin.EINVALID, "--state needs --rpc: the embedded chain lives only in this process, and so does its state")
			}
			chain, acct, err := connect(g, ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			var suite *evm.Suite
			var tmp string
			if chain.Embedded() {
				slog.Warn("no --rpc: running on an embedded chain that lives only in this process")
				if suite, err = evm.Deploy(ctx, chain, acct, evm.DefaultConfig()); err != nil {
					return err
				}
				// The embedded account deployed the suite and may mint itself the stake.
				if stake.Sign() > 0 {
					if err := suite.MintToken(ctx, acct, acct.Address, stake); err != nil {
						return err
					}
				}
				if tmp, err = os.MkdirTemp("", "datpin-validator-"); err != nil {
					return datpin.Wrap(datpin.EUNAVAILABLE, err, "temporary state")
				}
				defer os.RemoveAll(tmp)
				state = filepath.Join(tmp, "validator.db")
				if storeArg == "" {
					storeArg = filepath.Join(tmp, "blocks")
				}
			} else {
				if g.addrFile == "" {
					return datpin.Errorf(datpin.EINVALID, "--addresses is required with --rpc (written by `datpin deploy --out`)")
				}
				addrs, err := evm.ReadAddresses(g.addrFile)
				if err != nil {
					return err
				}
				if suite, err = evm.Attach(ctx, chain, addrs); err != nil {
					return err
				}
				if storeArg == "" {
					return datpin.Errorf(datpin.EINVALID, "--store is required: the packages' store (a local directory or a Kubo RPC URL)")
				}
				if state == "" {
					state = "datpin-validator.db"
				}
			}
			cs, storeDesc, err := openStore(storeArg)
			if err != nil {
				return err
			}
			if err := ensureValidator(ctx, suite, acct, stake); err != nil {
				return err
			}

			st, err := validator.OpenState(state)
			if err != nil {
				return err
			}
			defer st.Close()
			hist, err := validator.NewHistory(st.DB())
			if err != nil {
				return err
			}
			v := &validator.Validator{Suite: suite, Account: acct, Identity: id, Store: cs, History: hist, Log: slog.Default()}
			d, err := validator.NewDaemon(ctx, validator.DaemonConfig{
				Suite: suite, Account: acct, Evaluator: v, State: st, Interval: interval, Finalize: finalize, Log: slog.Default(),
			})
			if err != nil {
				return err
			}

			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "listen on %s", listen)
			}
			srv := &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second}
			srvErr := make(chan error, 1)
			go func() { srvErr <- srv.Serve(ln) }()
			runCtx, stopRun := context.WithCancel(context.WithoutCancel(ctx))
			runDone := make(chan struct{})
			go func() {
				defer close(runDone)
				d.Run(runCtx)
			}()
			addr := ln.Addr().String()
			if g.json {
				printJSON(cmd.OutOrStdout(), map[string]any{
					"listen": addr, "validator": acct.Address, "recipient": id.Recipient().String(), "state": state,
					"store": storeDesc, "chainId": suite.ChainID, "oracle": suite.Oracle,
				})
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "validator %s on chain %d (oracle %s)\nrecipient %s\nlistening on http://%s (state %s, store %s)\n",
					acct.Address, suite.ChainID, suite.Oracle, id.Recipient(), addr, state, storeDesc)
			}
			slog.Info("validator started", "address", acct.Address, "listen", addr, "state", state, "store", storeDesc, "finalize", finalize)
			var stopAfter <-chan time.Time
			if exitAfter > 0 {
				stopAfter = time.After(exitAfter)
			}
			var runErr error
			select {
			case <-ctx.Done():
			case <-stopAfter:
			case err := <-srvErr:
				runErr = datpin.Wrap(datpin.EUNAVAILABLE, err, "http server")
			}
			slog.Info("shutting down")
			shCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			if err := srv.Shutdown(shCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				slog.Warn("http shutdown", "err", err)
			}
			stopRun()
			<-runDone
			slog.Info("validator stopped")
			return runErr
		},
	}
	f := cmd.Flags()
	f.StringVar(&identity, "age-identity", "", "file with the validator's age X25519 identity (see `datpin validator identity new`)")
	f.StringVar(&storeArg, "store", "", "where packages are fetched: a local store directory, or an IPFS Kubo RPC URL (http://...)")
	f.StringVar(&state, "state", "", "SQLite state file (default datpin-validator.db; a temporary one without --rpc)")
	f.StringVar(&listen, "listen", "127.0.0.1:8470", "address of the metrics and health endpoints (the dashboard takes 8490, agents 8480)")
	f.DurationVar(&interval, "interval", validator.DefaultInterval, "how often to poll the chain")
	f.BoolVar(&finalize, "finalize", false, "also finalize tokens whose reveal window has closed (costs gas)")
	f.StringVar(&stakeArg, "register-stake", "", "register as a validator with this many network tokens of stake if not registered yet")
	f.DurationVar(&exitAfter, "exit-after", 0, "stop after this long (0: run until SIGINT or SIGTERM)")
	cmd.AddCommand(newValidatorIdentityCmd(g))
	return cmd
}

// ensureValidator registers acct with stake unless it is a validator already; without stake an
// unregistered account is an error, since every commit would revert.
func ensureValidator(ctx context.Context, s *evm.Suite, acct *evm.Account, stake *big.Int) error {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackValidatorOf(acct.Address))
	if err != nil {
		return err
	}
	rec, err := s.OracleABI.UnpackValidatorOf(out)
	if err != nil {
		return datpin.Wrap(datpin.EINTERNAL, err, "decode validatorOf")
	}
	switch {
	case rec.Active:
		if stake.Sign() > 0 {
			slog.Info("already a validator; --register-stake ignored", "stake", rec.Stake)
		}
		return nil
	case rec.Listed:
		return datpin.Errorf(datpin.ECONFLICT, "%s is leaving the validator set (exit requested) and cannot commit", acct.Address)
	case stake.Sign() == 0:
		return datpin.Errorf(datpin.EINVALID, "%s is not a validator of oracle %s: register with --register-stake AMOUNT (network tokens)", acct.Address, s.Oracle)
	}
	if err := s.RegisterValidator(ctx, acct, stake); err != nil {
		return fmt.Errorf("register as a validator: %w", err)
	}
	slog.Info("registered as a validator", "address", acct.Address, "stake", stake)
	return nil
}

// parseTokens parses a whole number of network tokens (18 decimals); "" is zero.
func parseTokens(s string) (*big.Int, error) {
	if s == "" {
		return new(big.Int), nil
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "--register-stake %q: want a whole number of network tokens", s)
	}
	return n.Mul(n, evm.Ether(1)), nil
}

// openStore opens a Kubo RPC URL or a local store directory.
func openStore(arg string) (datpin.ContentStore, string, error) {
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		k, err := newKubo(arg)
		if err != nil {
			return nil, "", err
		}
		return k, "kubo " + k.URL(), nil
	}
	l, err := store.NewLocal(arg)
	if err != nil {
		return nil, "", err
	}
	return l, "local " + l.Dir(), nil
}

// readIdentity reads one age X25519 identity from a file (# comments allowed).
func readIdentity(path string) (*age.X25519Identity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "read age identity %s", path)
	}
	ids, err := age.ParseIdentities(strings.NewReader(string(b)))
	if err != nil || len(ids) != 1 {
		return nil, datpin.Errorf(datpin.EINVALID, "%s is not one age identity", path)
	}
	id, ok := ids[0].(*age.X25519Identity)
	if !ok {
		return nil, datpin.Errorf(datpin.EINVALID, "%s is not an X25519 identity", path)
	}
	return id, nil
}

func newValidatorIdentityCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "identity",
		Short: "Create or show a validator's age identity",
	}
	var out string
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Create an age identity file and print the recipient operators must encrypt packages to",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return datpin.Errorf(datpin.EINVALID, "--out FILE is required")
			}
			id, err := age.GenerateX25519Identity()
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "generate age identity")
			}
			content := "# datpin validator identity; recipient: " + id.Recipient().String() + "\n" + id.String() + "\n"
			// O_EXCL: never overwrite an identity, packages already encrypted to it would be lost.
			fh, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return datpin.Wrap(datpin.ECONFLICT, err, "create %s", out)
			}
			if _, err := fh.WriteString(content); err != nil {
				fh.Close()
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", out)
			}
			if err := fh.Close(); err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "write %s", out)
			}
			return printRecipient(g, cmd, id, out)
		},
	}
	newCmd.Flags().StringVar(&out, "out", "", "identity file to create (mode 0600; never overwritten)")
	showCmd := &cobra.Command{
		Use:   "show FILE",
		Short: "Print the recipient of an age identity file",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := readIdentity(args[0])
			if err != nil {
				return err
			}
			return printRecipient(g, cmd, id, args[0])
		},
	}
	cmd.AddCommand(newCmd, showCmd)
	return cmd
}

func printRecipient(g *globals, cmd *cobra.Command, id *age.X25519Identity, file string) error {
	if g.json {
		return printJSON(cmd.OutOrStdout(), map[string]string{"recipient": id.Recipient().String(), "file": file})
	}
	fmt.Fprintln(cmd.OutOrStdout(), id.Recipient())
	return nil
}

func newBenchValidatorCmd(g *globals, out *string) *cobra.Command {
	var o bench.ValidatorOptions
	cmd := &cobra.Command{
		Use:   "validator",
		Short: "Contributions of 1,440 records one validator verifies per second, beside SHA-256 and age decryption",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(cmd.ErrOrStderr(), "anchoring %d contributions of %d records, then verifying them...\n", max(o.Contributions, 0), max(o.Records, 0))
			res, err := bench.Validator(cmd.Context(), o)
			if err != nil {
				return err
			}
			body := res.Markdown(bench.Stamp(time.Now()))
			return reportBench(g, cmd, *out, "validator", body, res)
		},
	}
	cmd.Flags().IntVar(&o.Contributions, "contributions", 200, "contributions in the verified round")
	cmd.Flags().IntVar(&o.Records, "records", 1440, "records per contribution")
	cmd.Flags().IntVar(&o.Runs, "runs", 3, "timed runs (the median is reported)")
	return cmd
}
