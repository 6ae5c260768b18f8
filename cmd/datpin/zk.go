package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/zk"
)

func init() { register(newZKCmd) }

func newZKCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "zk",
		Short: "Zero-knowledge attestation keys: the development setup and the multi-party ceremony",
	}
	cmd.AddCommand(newZKCeremonyCmd(g))
	var sizes []int
	var solidity, cache string
	setup := &cobra.Command{
		Use:   "setup",
		Short: "Make (or load from the cache) the public development keys and check them against the pinned hashes",
		Long: `Makes the deterministic development keys of each batch size (seeded: anyone can recompute them,
so they protect nothing and are for development chains only), caches them and checks their hashes
against the values pinned in package zk. With --solidity DIR it also writes gnark's exported
Solidity verifier of each size into DIR (datpin deploys ZKGroth16Verifier, which takes the key at
construction, instead). Real keys come from 'datpin zk ceremony' (docs/ZK.md).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			type row struct {
				Size     int     `json:"size"`
				VKHash   string  `json:"vkSha256"`
				PKHash   string  `json:"pkSha256"`
				Pinned   bool    `json:"pinned"`
				Seconds  float64 `json:"seconds"`
				Verifier string  `json:"verifier,omitempty"`
			}
			var rows []row
			for _, n := range sizes {
				stop := spinner(g, cmd.ErrOrStderr(), fmt.Sprintf("zk: keys of %d records", n))
				t0 := time.Now()
				k, err := zk.DevKeys(cache, n)
				stop()
				if err != nil {
					return err
				}
				_, pinned := zk.Pinned[n]
				r := row{Size: n, VKHash: zk.KeyHash(k.VK), PKHash: zk.KeyHash(k.PK), Pinned: pinned, Seconds: time.Since(t0).Seconds()}
				if solidity != "" {
					if r.Verifier, err = zk.WriteSolidity(solidity, k); err != nil {
						return err
					}
				}
				rows = append(rows, r)
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), rows)
			}
			for _, r := range rows {
				fmt.Fprintf(cmd.OutOrStdout(), "%5d  vk %s  pk %s  pinned %v  %.1f s %s\n", r.Size, r.VKHash, r.PKHash, r.Pinned, r.Seconds, r.Verifier)
			}
			return nil
		},
	}
	setup.Flags().IntSliceVar(&sizes, "size", append([]int{zk.TestSize}, zk.Sizes...), "batch sizes")
	setup.Flags().StringVar(&solidity, "solidity", "", "directory to write gnark's exported Solidity verifiers into")
	setup.Flags().StringVar(&cache, "cache", "", "key cache directory (default $DATPIN_CACHE/zk or the user cache)")
	cmd.AddCommand(setup)
	return cmd
}

// ceremonyReport is what every `datpin zk ceremony` command prints (--json): the transcript's
// CID after the command, its phase and, per command, the step, the timings, the keys or the
// verification.
type ceremonyReport struct {
	Dir           string      `json:"dir"`
	CID           string      `json:"cid"`
	Phase         int         `json:"phase"`
	Sizes         []int       `json:"sizes"`
	Domain        uint64      `json:"domain"`
	Contributions int         `json:"contributions"`
	Step          *zk.Step    `json:"step,omitempty"`
	Keys          []zk.KeyRef `json:"keys,omitempty"`
	Contributors  []string    `json:"contributors,omitempty"`
	Verified      *bool       `json:"verified,omitempty"`
	Timings       []zk.Timing `json:"timings,omitempty"`
	Seconds       float64     `json:"seconds"`
}

func newCeremonyReport(c *zk.Ceremony, t0 time.Time) *ceremonyReport {
	return &ceremonyReport{
		Dir: c.Dir, CID: c.CID(), Phase: c.T.Phase, Sizes: c.T.Sizes, Domain: c.T.Domain,
		Contributions: len(c.T.Phase1) - 1 + max(len(c.T.Phase2)-1, 0), Keys: c.T.Keys,
		Seconds: time.Since(t0).Seconds(),
	}
}

func (r *ceremonyReport) print(g *globals, cmd *cobra.Command, what string) error {
	if g.json {
		return printJSON(cmd.OutOrStdout(), r)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "%s: ceremony %s, phase %d, %d contributions (%.1f s)\n", what, r.CID, r.Phase, r.Contributions, r.Seconds)
	for _, t := range r.Timings {
		name := "phase 1"
		if t.Size > 0 {
			name = fmt.Sprintf("%d records", t.Size)
		}
		fmt.Fprintf(w, "  %-12s %.1f s\n", name, t.Seconds)
	}
	for _, k := range r.Keys {
		fmt.Fprintf(w, "  keys of %d records: vk %s, pk %s\n", k.Size, k.VK, k.PK)
	}
	return nil
}

// ceremonyFlags are the flags every ceremony command shares.
type ceremonyFlags struct {
	dir, store string
}

func (f *ceremonyFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "dir", "", "the ceremony directory (transcript.json, blocks/, keys/)")
	cmd.Flags().StringVar(&f.store, "store", "", "also store every state, key and transcript in this store (a Kubo RPC URL or a directory)")
	_ = cmd.MarkFlagRequired("dir")
}

func (f *ceremonyFlags) mirror() (datpin.ContentStore, error) {
	if f.store == "" {
		return nil, nil
	}
	s, _, err := openStore(f.store)
	return s, err
}

func (f *ceremonyFlags) open() (*zk.Ceremony, error) {
	m, err := f.mirror()
	if err != nil {
		return nil, err
	}
	return zk.OpenCeremony(f.dir, m)
}

func newZKCeremonyCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Run a multi-party Groth16 key ceremony (init, contribute, phase2, finalize, verify)",
		Long: `A multi-party Groth16 ceremony on gnark's MPC setup gives keys nobody can forge proofs for
as long as one contributor destroyed their randomness. Its transcript (transcript.json in --dir)
names every state by CID; anyone can recompute and check it with 'verify'.

  1. a coordinator runs 'init' and publishes the directory;
  2. each contributor (every validator) runs 'contribute' in turn on the latest directory;
  3. the coordinator runs 'phase2' with a public beacon (e.g. the hash of an Ethereum block mined
     after the last contribution), which seals phase 1 and starts phase 2;
  4. each contributor runs 'contribute' again;
  5. the coordinator runs 'finalize' with another public beacon: keys/<size>.pk and .vk;
  6. anyone runs 'verify'; 'datpin deploy --zk-keys DIR' deploys verifiers for the keys.`,
	}
	cmd.AddCommand(newCeremonyInitCmd(g), newCeremonyContributeCmd(g), newCeremonyPhase2Cmd(g),
		newCeremonyFinalizeCmd(g), newCeremonyVerifyCmd(g))
	return cmd
}

func newCeremonyInitCmd(g *globals) *cobra.Command {
	var f ceremonyFlags
	var sizes []int
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Start a ceremony: compile each batch size's circuit and write the initial phase-1 state",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := f.mirror()
			if err != nil {
				return err
			}
			t0 := time.Now()
			stop := spinner(g, cmd.ErrOrStderr(), "zk ceremony: init")
			c, err := zk.InitCeremony(cmd.Context(), f.dir, sizes, m)
			stop()
			if err != nil {
				return err
			}
			return newCeremonyReport(c, t0).print(g, cmd, "init")
		},
	}
	f.add(cmd)
	cmd.Flags().IntSliceVar(&sizes, "size", slices.Clone(zk.Sizes), "batch sizes (circuits) the ceremony makes keys for")
	return cmd
}

func newCeremonyContributeCmd(g *globals) *cobra.Command {
	var f ceremonyFlags
	var name, address string
	cmd := &cobra.Command{
		Use:   "contribute",
		Short: "Add your own randomness to the ceremony's current phase",
		Long: `Draws fresh randomness (crypto/rand), applies it to the latest state of the current phase (the
phase-1 state, or every size's phase-2 state), writes the new states with their proofs of
knowledge and records the contribution (name, address, hash) in the transcript. The randomness
never leaves the process. Publish the directory (or the printed CID) for the next contributor.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.open()
			if err != nil {
				return err
			}
			if address != "" && !common.IsHexAddress(address) {
				return datpin.Errorf(datpin.EINVALID, "--address %q is not an address", address)
			}
			t0 := time.Now()
			stop := spinner(g, cmd.ErrOrStderr(), fmt.Sprintf("zk ceremony: contributing to phase %d", c.T.Phase))
			step, timings, err := c.Contribute(cmd.Context(), name, address)
			stop()
			if err != nil {
				return err
			}
			r := newCeremonyReport(c, t0)
			r.Step, r.Timings = &step, timings
			return r.print(g, cmd, "contributed")
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&name, "name", "", "your name as the transcript records it (required)")
	cmd.Flags().StringVar(&address, "address", "", "your account (e.g. your validator address), recorded with the contribution")
	_ = cmd.MarkFlagRequired("name")
	return cmd
}

// beaconFlags are a public beacon's value and source.
func beaconFlags(cmd *cobra.Command, b *zk.Beacon) {
	cmd.Flags().StringVar(&b.Value, "beacon", "", "public randomness nobody knew before the last contribution, hex (e.g. a later block's hash)")
	cmd.Flags().StringVar(&b.Source, "beacon-source", "", "where the beacon comes from, so anyone can check it (e.g. \"ethereum block 21000000 hash\")")
	_ = cmd.MarkFlagRequired("beacon")
	_ = cmd.MarkFlagRequired("beacon-source")
}

func newCeremonyPhase2Cmd(g *globals) *cobra.Command {
	var f ceremonyFlags
	var b zk.Beacon
	cmd := &cobra.Command{
		Use:   "phase2",
		Short: "Verify and seal phase 1 with a public beacon, and start phase 2 (one state per batch size)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.open()
			if err != nil {
				return err
			}
			t0 := time.Now()
			stop := spinner(g, cmd.ErrOrStderr(), "zk ceremony: sealing phase 1")
			timings, err := c.ClosePhase1(cmd.Context(), b)
			stop()
			if err != nil {
				return err
			}
			r := newCeremonyReport(c, t0)
			r.Timings = timings
			return r.print(g, cmd, "phase 2 started")
		},
	}
	f.add(cmd)
	beaconFlags(cmd, &b)
	return cmd
}

func newCeremonyFinalizeCmd(g *globals) *cobra.Command {
	var f ceremonyFlags
	var b zk.Beacon
	cmd := &cobra.Command{
		Use:   "finalize",
		Short: "Verify every contribution, seal phase 2 with a public beacon and write the keys",
		Long: `Verifies both phases from their initial states, seals each size's phase 2 with the beacon and
writes keys/<size>.pk and keys/<size>.vk (gnark's binary encoding, as package zk loads them). The
transcript records the keys' CIDs; its own CID names the keys on chain ('datpin deploy --zk-keys').`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.open()
			if err != nil {
				return err
			}
			t0 := time.Now()
			stop := spinner(g, cmd.ErrOrStderr(), "zk ceremony: finalizing")
			_, timings, err := c.Finalize(cmd.Context(), b)
			stop()
			if err != nil {
				return err
			}
			r := newCeremonyReport(c, t0)
			r.Timings = timings
			return r.print(g, cmd, "finalized")
		},
	}
	f.add(cmd)
	beaconFlags(cmd, &b)
	return cmd
}

func newCeremonyVerifyCmd(g *globals) *cobra.Command {
	var f ceremonyFlags
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Recompute the ceremony from its initial states and check every contribution, seal and key",
		Long: `Anyone can run it on a published ceremony directory: it recomputes the initial states, checks
every contribution's proof of knowledge and consistency, reapplies the recorded beacons and, for a
finalized ceremony, recomputes the keys and compares them with the transcript and the key files.
It prints the transcript's CID, which 'datpin status' shows for a deployment with these keys.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.open()
			if err != nil {
				return err
			}
			t0 := time.Now()
			stop := spinner(g, cmd.ErrOrStderr(), "zk ceremony: verifying")
			v, err := c.Verify(cmd.Context())
			stop()
			if err != nil {
				return err
			}
			r := newCeremonyReport(c, t0)
			r.Verified, r.Contributors, r.Timings = &v.Verified, v.Contributors, v.Timings
			return r.print(g, cmd, "verified")
		},
	}
	f.add(cmd)
	return cmd
}
