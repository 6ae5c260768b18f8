package main

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/zk"
)

func init() { registerBench(newBenchZKCmd) }

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
