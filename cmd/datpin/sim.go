package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/sim"
)

func newSimCmd(g *globals) *cobra.Command {
	var (
		cfg  sim.Config
		out  string
		advs []string
	)
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Simulate a network (stations, handsets, sensors, adversaries) and write JSONL plus ground truth",
		Long: `Runs the deterministic network simulator and writes one JSONL file per station and sensor
(the format 'datpin import jsonl' reads) and ground-truth.json (true and asserted locations, true
quality, outages and the label of every adversary) into --out.

Adversaries are given as KIND=N, e.g. --adversary location-spoof=2 --adversary replay=1.`,
		Example: "  datpin sim --out net --stations 50 --devices 150 --sensors 10 --days 2 --adversary sybil=2",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Adversaries = map[sim.Kind]int{}
			for _, a := range advs {
				kind, n, ok := strings.Cut(a, "=")
				count, err := strconv.Atoi(n)
				if !ok || err != nil || count < 0 {
					return datpin.Errorf(datpin.EINVALID, "--adversary %q: want KIND=N", a)
				}
				cfg.Adversaries[sim.Kind(kind)] = count
			}
			net, err := sim.Run(cfg)
			if err != nil {
				if datpin.ErrorCode(err) == datpin.EINTERNAL {
					err = datpin.Wrap(datpin.EINVALID, err, "simulation settings")
				}
				return err
			}
			if err := net.WriteJSONL(out); err != nil {
				return err
			}
			gt := net.GroundTruth()
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"out": out, "batches": len(net.Records()), "groundTruth": gt})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %d station/sensor-day batches and ground-truth.json to %s\n", len(net.Records()), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "datpin-sim", "output directory")
	f.Uint64Var(&cfg.Seed, "seed", 1, "seed")
	f.IntVar(&cfg.Stations, "stations", 20, "base stations (adversarial ones included)")
	f.IntVar(&cfg.Devices, "devices", 60, "handsets")
	f.IntVar(&cfg.Sensors, "sensors", 5, "IoT weather sensors")
	f.IntVar(&cfg.Days, "days", 1, "days")
	f.StringArrayVar(&advs, "adversary", nil, "adversaries as KIND=N (repeatable)")
	return cmd
}
