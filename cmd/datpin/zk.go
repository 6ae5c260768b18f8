package main

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/zk"
)

func init() {
	register(newZKCmd)
	registerBench(newBenchZKCmd)
}

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

// zkBench is what `datpin bench zk` reports.
type zkBench struct {
	Sizes            []*zk.SizeResult `json:"sizes"`
	ProveSeconds1024 float64          `json:"proveSeconds1024"`
	VerifyGas        uint64           `json:"verifyGas"`   // a transaction calling the verifier adapter with a valid proof
	AddProofGas      uint64           `json:"addProofGas"` // addProof on the DAT, verification and proven threshold included
	Cores            int              `json:"cores"`
	Stamp            string           `json:"stamp"`
}

func newBenchZKCmd(g *globals, out *string) *cobra.Command {
	var sizes []int
	var cache string
	cmd := &cobra.Command{
		Use:   "zk",
		Short: "Constraints, proving time and memory of the ZK circuit per batch size, and on-chain verification gas",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			res := &zkBench{Cores: runtime.NumCPU(), Stamp: bench.Stamp(time.Now())}
			for _, n := range sizes {
				stop := spinner(g, cmd.ErrOrStderr(), fmt.Sprintf("zk: %d records (keys are set up once and cached; the first run of 4096 takes long)", n))
				r, err := zk.BenchSize(cache, n)
				stop()
				if err != nil {
					return err
				}
				res.Sizes = append(res.Sizes, r)
				if n == 1024 {
					res.ProveSeconds1024 = r.ProveSec
				}
			}
			// Verify the smallest measured proof on the embedded chain with the suite's verifiers.
			if len(res.Sizes) > 0 {
				admin := devAdmin()
				chain := evm.NewEmbedded(types.GenesisAlloc{admin.Address: {Balance: evm.Ether(1_000_000_000)}})
				defer chain.Close()
				cfg := evm.DefaultConfig()
				cfg.ZK = true
				suite, err := evm.Deploy(ctx, chain, admin, cfg)
				if err != nil {
					return err
				}
				r := res.Sizes[0]
				gas, ok, err := suite.ZKVerifyGas(ctx, r.Claim.TokenID.Uint64(), r.Batch.Commit(), r.Payload)
				if err != nil {
					return err
				}
				if !ok {
					return fmt.Errorf("zk: the suite's verifier refused a valid proof of %d records", r.Records)
				}
				res.VerifyGas = gas
				if res.AddProofGas, err = zkAddProofGas(ctx, suite, admin, r); err != nil {
					return err
				}
			}
			body := res.markdown()
			return reportBench(g, cmd, *out, "zk", body, res)
		},
	}
	cmd.Flags().IntSliceVar(&sizes, "sizes", slices.Clone(zk.Sizes), "batch sizes to measure")
	cmd.Flags().StringVar(&cache, "cache", "", "key cache directory (default $DATPIN_CACHE/zk or the user cache)")
	return cmd
}

func (r *zkBench) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Zero-knowledge attestations (`datpin bench zk`)\n\n%s Groth16 on BN254 (gnark v0.16.3), "+
		"development keys; a full batch of LTE sessions proved at its own score.\n\n", r.Stamp)
	b.WriteString("| records | constraints | compile | proving | peak Go heap while proving | off-chain verify | key setup |\n|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Sizes {
		setup := "cached"
		if s.SetupSec > 0 {
			setup = fmt.Sprintf("%.0f s", s.SetupSec)
		}
		fmt.Fprintf(&b, "| %d | %d | %.1f s | %.2f s | %.0f MB | %.1f ms | %s |\n",
			s.Records, s.Constraints, s.CompileSec, s.ProveSec, s.PeakHeapMB, s.VerifyOffSec*1000, setup)
	}
	b.WriteString("\nKey setup runs once per size and is cached outside the checkout (`datpin zk setup`); " +
		"\"cached\" means this run loaded the keys.\n")
	fmt.Fprintf(&b, "\nOn chain: a transaction verifying a proof through ZKAttestVerifier costs %d gas; "+
		"`addProof` (verification, proven threshold and proof flag stored) %d gas. Goals: 1,024 records in ≤ 10 s (%.2f s), ≤ 300k gas (%d).\n",
		r.VerifyGas, r.AddProofGas, r.ProveSeconds1024, r.VerifyGas)
	return b.String()
}

// zkAddProofGas anchors a contribution carrying the sample batch's commitment and submits the
// proof through the DAT, returning the addProof transaction's gas.
func zkAddProofGas(ctx context.Context, suite *evm.Suite, admin *evm.Account, r *zk.SizeResult) (uint64, error) {
	id, err := benchAnchorCommitted(ctx, suite, admin, r.Batch.Commit(), uint32(r.Batch.Records()))
	if err != nil {
		return 0, err
	}
	c := r.Claim
	c.TokenID = new(big.Int).SetUint64(id)
	p, err := zk.Prove(r.Keys, r.Batch, c)
	if err != nil {
		return 0, err
	}
	rc, err := suite.AddZKProof(ctx, admin, id, zk.Payload(r.Records, c, p))
	if err != nil {
		return 0, err
	}
	return rc.GasUsed, nil
}

// benchAnchorCommitted onboards a throwaway station and anchors one contribution carrying commit.
func benchAnchorCommitted(ctx context.Context, suite *evm.Suite, admin *evm.Account, commit [32]byte, records uint32) (uint64, error) {
	dev := evm.DevAccount("bench/zk/station", 0)
	ch := agent.NewSuiteChain(suite, admin)
	if err := agent.Onboard(ctx, ch, dev.Key, zk.SampleCell, datpin.DeviceStation, time.Hour); err != nil {
		return 0, err
	}
	now, err := ch.Now(ctx)
	if err != nil {
		return 0, err
	}
	c := datpin.Contribution{
		ClassID: suite.ClassID, Device: dev.Address, Epoch: uint32(now / 86400), H3Cell: zk.SampleCell, RecordCount: records,
		MerkleRoot: commit, CIDDigest: commit, Score: 5000, ZKCommit: commit, Deadline: now + 3600,
	}
	sig, err := pack.SignContribution(dev.Key, ch.DATDomain(), &c)
	if err != nil {
		return 0, err
	}
	id, _, err := suite.Anchor(ctx, admin, []datpin.Contribution{c}, [][]byte{sig[:]})
	return id, err
}
