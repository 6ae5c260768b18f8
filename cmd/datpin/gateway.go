package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/market"
)

func init() { register(newGatewayCmd) }

func newGatewayCmd(g *globals) *cobra.Command {
	var (
		identity      string
		storeArg      string
		state         string
		listen        string
		interval      time.Duration
		margin        time.Duration
		confirmations uint64
		exitAfter     time.Duration
	)
	cmd := &cobra.Command{
		Use:   "gateway",
		Short: "Deliver data market purchases: wrap each sold package's data key to its buyer",
		Long: `Runs a data market gateway with a validator's key (--key; it must be an active, staked
validator) and age identity (--age-identity; agents encrypt every package to it). It polls the
chain for Purchased events and, for each paid purchase still inside its delivery window, fetches
the listing's manifest from the store by its content address, checks it against the listing, the
sold entries against the purchase, and each package's CID, Merkle root, station and signature
against the chain; it then unwraps each package's data key with its identity, wraps it to the
buyer's age recipient, stores the bundle of wrapped keys, and records the delivery on chain,
which earns the delivery fee. It never sees a buyer's key, and never hands out plaintext.

Its state (SQLite, --state) records the scan position and each purchase: the bundle is recorded
before the delivery transaction is sent, and a restart reads the chain before sending anything
again, so a purchase is never delivered twice.

HTTP:
  GET /metrics   Prometheus metrics
  GET /healthz   200 while the last poll succeeded, 503 otherwise

Stop it with SIGINT or SIGTERM.`,
		Example: `  DATPIN_PASSWORD=... datpin gateway --rpc http://127.0.0.1:8545 --addresses addresses.json \
    --key keys/validator.json --age-identity validator.agekey --store http://127.0.0.1:5001 \
    --state gateway.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			switch {
			case g.rpc == "" || g.addrFile == "" || g.keyFile == "":
				return datpin.Errorf(datpin.EINVALID, "gateway needs --rpc, --addresses and --key (a validator's)")
			case identity == "":
				return datpin.Errorf(datpin.EINVALID, "--age-identity FILE is required: the validator's, to which packages are encrypted")
			case storeArg == "":
				return datpin.Errorf(datpin.EINVALID, "--store is required: where manifests and packages are read and bundles written")
			}
			id, err := readIdentity(identity)
			if err != nil {
				return err
			}
			chain, acct, err := connect(g, ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			suite, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			if suite.Market == (common.Address{}) {
				return datpin.Errorf(datpin.EINVALID, "the addresses file names no data market (deployed before it existed)")
			}
			if err := ensureValidator(ctx, suite, acct, new(big.Int)); err != nil {
				return err
			}
			cs, storeDesc, err := openStore(storeArg)
			if err != nil {
				return err
			}
			st, err := market.OpenGatewayState(state)
			if err != nil {
				return err
			}
			defer st.Close()
			gw, err := market.NewGateway(ctx, market.GatewayConfig{
				Suite: suite, Account: acct, Identities: []age.Identity{id}, Store: cs, State: st,
				Interval: interval, Margin: margin, Confirmations: confirmations, Log: slog.Default(),
			})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "listen on %s", listen)
			}
			srv := &http.Server{Handler: gw.Handler(), ReadHeaderTimeout: 10 * time.Second}
			srvErr := make(chan error, 1)
			go func() { srvErr <- srv.Serve(ln) }()
			runCtx, stopRun := context.WithCancel(context.WithoutCancel(ctx))
			runDone := make(chan struct{})
			go func() {
				defer close(runDone)
				gw.Run(runCtx)
			}()
			addr := ln.Addr().String()
			if g.json {
				printJSON(cmd.OutOrStdout(), map[string]any{
					"listen": addr, "gateway": acct.Address, "recipient": id.Recipient().String(), "state": state,
					"store": storeDesc, "chainId": suite.Chain.ChainID.Uint64(), "market": suite.Market,
				})
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "gateway %s on chain %d (market %s)\nlistening on http://%s (state %s, store %s)\n",
					acct.Address, suite.Chain.ChainID.Uint64(), suite.Market, addr, state, storeDesc)
			}
			slog.Info("gateway started", "address", acct.Address, "listen", addr, "state", state, "store", storeDesc)
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
			slog.Info("gateway stopped")
			return runErr
		},
	}
	f := cmd.Flags()
	f.StringVar(&identity, "age-identity", "", "file with the validator's age X25519 identity (see `datpin validator identity new`)")
	f.StringVar(&storeArg, "store", "", "a local store directory, or an IPFS Kubo RPC URL (http://...)")
	f.StringVar(&state, "state", "datpin-gateway.db", "SQLite state file")
	f.StringVar(&listen, "listen", "127.0.0.1:8475", "address of the metrics and health endpoints")
	f.DurationVar(&interval, "interval", market.DefaultGatewayInterval, "how often to poll the chain")
	f.DurationVar(&margin, "margin", market.DefaultDeadlineMargin, "do not start a delivery closer than this to its deadline (chain clock)")
	f.Uint64Var(&confirmations, "confirmations", 0, "blocks behind the head to read purchases at")
	f.DurationVar(&exitAfter, "exit-after", 0, "stop after this long (0: run until SIGINT or SIGTERM)")
	return cmd
}

// connectReadOnly opens the chain of --rpc and the suite of --addresses, without a key.
func connectReadOnly(g *globals, ctx context.Context) (*evm.Suite, func(), error) {
	if g.rpc == "" || g.addrFile == "" {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "needs --rpc and --addresses")
	}
	chain, err := evm.Dial(ctx, g.rpc)
	if err != nil {
		return nil, nil, err
	}
	s, err := attachSuite(g, ctx, chain)
	if err != nil {
		chain.Close()
		return nil, nil, err
	}
	if s.Market == (common.Address{}) {
		chain.Close()
		return nil, nil, datpin.Errorf(datpin.EINVALID, "the addresses file names no data market (deployed before it existed)")
	}
	return s, func() { chain.Close() }, nil
}
