package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/datpin/datpin"
)

// globals are the flags every command shares. newRootCmd makes one per command tree and hands it
// to every command's constructor, so the package holds no flag state.
type globals struct {
	config   string
	json     bool
	logLevel string
	rpc      string
	keyFile  string
	password string
	addrFile string
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "datpin",
		Short: "Quality-scored Data Anchoring Tokens for decentralized wireless networks",
		Long: `datpin turns the data a decentralized wireless network produces about its own service
(connectivity sessions, base-station heartbeats, IoT sensor readings) into quality-scored, on-chain
Data Anchoring Tokens (ERC-8028), and pays contributors by the value that independent validators
agree the data has.

Every flag can also be set by an environment variable DATPIN_<FLAG> (upper case, dashes as
underscores) or by a key of the JSON config file given with --config; the command line wins over
the environment, which wins over the file.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := applyEnvAndConfig(g, cmd); err != nil {
				return err
			}
			return setupLogging(g, cmd.ErrOrStderr())
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.config, "config", "", "JSON config file with flag values")
	pf.BoolVar(&g.json, "json", false, "print machine-readable JSON")
	pf.StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	pf.StringVar(&g.rpc, "rpc", "", "EVM JSON-RPC URL (empty: the embedded chain)")
	pf.StringVar(&g.keyFile, "key", "", "keystore file of the account that sends transactions")
	pf.StringVar(&g.password, "password", "", "password of the keystore file (prefer DATPIN_PASSWORD)")
	pf.StringVar(&g.addrFile, "addresses", "", "addresses file written by datpin deploy --out")

	// A wrong flag is the user's mistake: say where the usage is, and exit 2 like other bad input.
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return datpin.Errorf(datpin.EINVALID, "%v (see '%s --help')", err, c.CommandPath())
	})
	root.AddCommand(newVersionCmd(g), newDemoCmd(g), newStatusCmd(g), newSimCmd(g), newDeployCmd(g), newKeysCmd(g), newBenchCmd(g), newImportCmd(g), newAgentCmd(g), newOnboardCmd(g))
	for _, c := range extraCommands {
		root.AddCommand(c(g))
	}
	return root
}

// extraCommands are top-level commands that register themselves from their own file's init.
var extraCommands []func(*globals) *cobra.Command

// register adds a top-level command constructor; call it from an init function.
func register(c func(*globals) *cobra.Command) { extraCommands = append(extraCommands, c) }

// applyEnvAndConfig fills flags not given on the command line from DATPIN_* variables, then from
// the config file.
func applyEnvAndConfig(g *globals, cmd *cobra.Command) error {
	var file map[string]any
	cfgPath := g.config
	if cfgPath == "" {
		cfgPath = os.Getenv("DATPIN_CONFIG")
	}
	if cfgPath != "" {
		b, err := os.ReadFile(cfgPath)
		if err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "read config %s", cfgPath)
		}
		if err := json.Unmarshal(b, &file); err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "parse config %s (want a JSON object of flag names)", cfgPath)
		}
	}
	var ferr error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if ferr != nil || f.Changed {
			return
		}
		env := "DATPIN_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(env); ok {
			if err := f.Value.Set(v); err != nil {
				ferr = datpin.Wrap(datpin.EINVALID, err, "%s", env)
			}
			return
		}
		if v, ok := file[f.Name]; ok {
			s := fmt.Sprint(v)
			if err := f.Value.Set(s); err != nil {
				ferr = datpin.Wrap(datpin.EINVALID, err, "config key %q", f.Name)
			}
		}
	})
	return ferr
}

func setupLogging(g *globals, w io.Writer) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(g.logLevel)); err != nil {
		return datpin.Errorf(datpin.EINVALID, "unknown log level %q", g.logLevel)
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: lvl})))
	return nil
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

var version = "0.1.0-dev"

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print datpin's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]string{"version": version})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "datpin", version)
			return nil
		},
	}
}
