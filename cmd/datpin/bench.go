package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/bench"
)

func newBenchCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure datpin and record the figures in BENCHMARKS.md",
	}
	cmd.PersistentFlags().StringVar(&out, "out", "BENCHMARKS.md", "markdown file whose section is (re)written; empty to skip")
	var validators int
	gas := &cobra.Command{
		Use:   "gas",
		Short: "Gas of every operation and of a contribution's lifecycle at 1, 10 and 100 per batch",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := bench.Gas(cmd.Context(), validators)
			if err != nil {
				return err
			}
			return reportBench(g, cmd, out, "gas", res.Markdown(bench.Stamp(time.Now())), res)
		},
	}
	gas.Flags().IntVar(&validators, "validators", 3, "validators committing and revealing")
	edge := &cobra.Command{
		Use:   "edge",
		Short: "Records per second per core of each edge stage and end to end, beside raw SHA-256",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := agent.BenchEdge(cmd.Context())
			if err != nil {
				return err
			}
			body := "## Edge pipeline (`datpin bench edge`)\n\n" + bench.Stamp(time.Now()) + "\n\n" + res.Markdown()
			return reportBench(g, cmd, out, "edge", body, res)
		},
	}
	cmd.AddCommand(gas, edge)
	for _, c := range benchCommands {
		cmd.AddCommand(c(g, &out))
	}
	return cmd
}

// benchCommands are bench subcommands that register themselves from their own file's init; each
// gets the --out flag's value (the markdown file to rewrite, empty to skip).
var benchCommands []func(g *globals, out *string) *cobra.Command

// reportBench ends a bench command: body replaces the named section of the markdown file out
// (none when out is empty), then the command prints res as JSON with --json, else body.
func reportBench(g *globals, cmd *cobra.Command, out, name, body string, res any) error {
	if out != "" {
		if err := bench.WriteSection(out, name, body); err != nil {
			return err
		}
	}
	if g.json {
		return printJSON(cmd.OutOrStdout(), res)
	}
	fmt.Fprint(cmd.OutOrStdout(), body)
	return nil
}

// registerBench adds a bench subcommand constructor; call it from an init function.
func registerBench(c func(g *globals, out *string) *cobra.Command) {
	benchCommands = append(benchCommands, c)
}
