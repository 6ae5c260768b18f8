package agent_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/telemetry"
)

const fixture = "testdata/gnettrack/B_2021.03.04_10.00.00.csv"
const fixtureDevice = "B_2021.03.04_10.00.00"

// fixtureRecords parses the fixture as the agent does and groups it by station.
func fixtureRecords(t *testing.T) map[string][]datpin.Record {
	t.Helper()
	f, err := os.Open(fixture)
	must(t, err)
	defer f.Close()
	out := map[string][]datpin.Record{}
	_, err = telemetry.ParseGNetTrack(f, fixture, fixtureDevice, func(r datpin.Record) error {
		out[r.StationID] = append(out[r.StationID], r)
		return nil
	}, nil)
	must(t, err)
	return out
}

// Import a G-NetTrack drive that crossed two stations: two DATs, one per
// station, each with the Merkle root of that station's anonymized records,
// its package in the store, readable by a validator and by the operator,
// and no raw device id or coordinates anywhere in it.
func TestImport_GNetTrackTwoStations_EmbeddedChain(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	op := evmtest.Account("operator", 0)
	chain := agent.NewSuiteChain(n.Suite, op)
	r := newRig(t, chain, nil, nil, nil)
	ctx := context.Background()

	var qbuf bytes.Buffer
	q := telemetry.NewQuarantine(&qbuf)
	files, _, err := agent.Files([]string{"testdata/gnettrack"}, telemetry.FormatGNetTrack)
	must(t, err)
	st, err := r.agent.ImportFiles(ctx, files, nil, telemetry.FormatGNetTrack, agent.ImportOptions{Quarantine: q})
	must(t, err)
	must(t, q.Flush())
	want := fixtureRecords(t)
	if len(want) != 2 {
		t.Fatalf("fixture has %d stations, want 2", len(want))
	}
	if st.Accepted != len(want["A1B2"])+len(want["76C6C"]) || st.Bad != 2 || q.Count() != 2 || len(st.Batches) != 2 {
		t.Fatalf("import stats %+v, quarantined %d", st, q.Count())
	}
	if !strings.Contains(qbuf.String(), `"line":`) || !strings.Contains(qbuf.String(), fixture) {
		t.Fatalf("quarantine lacks file and line: %s", qbuf.String())
	}
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	must(t, r.agent.Flush(tctx))

	count, err := n.Suite.TokenCount(ctx)
	must(t, err)
	if count != 2 {
		t.Fatalf("%d tokens, want 2", count)
	}
	bs, err := r.outbox.List(ctx, st.Batches)
	must(t, err)
	dom := chain.DATDomain()
	for _, b := range bs {
		if b.State != agent.StateAnchored || b.Token == 0 || b.Tx == "" {
			t.Fatalf("batch %+v not anchored", b)
		}
		tok, err := n.Suite.TokenState(ctx, b.Token)
		must(t, err)
		dev := agent.DevStationAccount(b.Station)
		digest, err := store.Digest(b.CID)
		must(t, err)
		if tok.Contrib.MerkleRoot != b.Root || tok.Contrib.CidDigest != digest || tok.Contrib.Device != dev.Address ||
			tok.Owner != op.Address || tok.Status != datpin.StatusPending || tok.Contrib.Score != b.Score {
			t.Fatalf("token %d: %+v (owner %s) does not match batch %+v", b.Token, tok.Contrib, tok.Owner, b)
		}
		if has, err := r.local.Has(ctx, b.CID); err != nil || !has {
			t.Fatalf("store lacks %s: %v", b.CID, err)
		}
		p, recs, enc := r.open(ctx, b, dom)

		// The right root: the station's records, anonymized with its
		// key's secret, in the package's (time) order.
		raw := want[b.Station]
		if len(recs) != len(raw) || int(tok.Contrib.RecordCount) != len(raw) {
			t.Fatalf("station %s: %d records in the package, %d on chain, want %d", b.Station, len(recs), tok.Contrib.RecordCount, len(raw))
		}
		exp := make([]datpin.PublicRecord, len(raw))
		for i := range raw {
			exp[i] = publicOf(t, raw[i], agent.DefaultEpochLength)
		}
		slices.SortStableFunc(exp, func(a, b datpin.PublicRecord) int { return int(a.Time - b.Time) })
		if !slices.Equal(exp, recs) {
			t.Fatalf("station %s: package records differ from the anonymized fixture", b.Station)
		}
		leaves, err := pack.Leaves(exp)
		must(t, err)
		if pack.Root(leaves) != tok.Contrib.MerkleRoot || p.Manifest.MerkleRoot != b.Root {
			t.Fatal("Merkle root on chain is not the root of the station's records")
		}
		// Every record proves its membership on chain.
		tree := pack.NewTree(leaves)
		proof, err := tree.Proof(len(leaves) / 2)
		must(t, err)
		rb, err := pack.EncodeRecord(&exp[len(leaves)/2])
		must(t, err)
		if !pack.Verify(tok.Contrib.MerkleRoot, pack.Leaf(rb), proof) {
			t.Fatal("proof does not verify")
		}
		// The operator can read it too.
		if _, err := p.Open(r.operator); err != nil {
			t.Fatalf("operator cannot decrypt: %v", err)
		}
		// No raw identifiers or positions: neither in the stored bytes nor
		// in the decrypted record stream.
		stream, _, err := pack.AppendBatch(nil, nil, recs)
		must(t, err)
		for _, blob := range [][]byte{enc, stream, []byte(p.Manifest.Explanation)} {
			if bytes.Contains(blob, []byte(fixtureDevice)) {
				t.Fatal("raw device id in the package")
			}
			for _, rr := range raw {
				for _, v := range []int32{rr.LatE7, rr.LonE7} {
					if bytes.Contains(blob, binary.BigEndian.AppendUint32(nil, uint32(v))) {
						t.Fatalf("coordinate %d in the package", v)
					}
				}
			}
		}
		key, _ := agent.DevKeys{}.Key(b.Station)
		ps := privacy.Pseudonym(privacy.EpochKey(agent.PseudonymSecret(key), b.Epoch), fixtureDevice)
		for _, pr := range recs {
			if pr.Pseudonym != ps || pr.H3Cell == 0 || privacy.Resolution(pr.H3Cell) != privacy.DefaultResolution {
				t.Fatalf("record not anonymized as expected: %+v", pr)
			}
		}
		if p.Manifest.Station != dev.Address || p.Manifest.H3Region == 0 || p.Manifest.DeviceType != datpin.DeviceStation {
			t.Fatalf("manifest %+v", p.Manifest)
		}
		// A validator re-scoring the decrypted package gets the edge's score.
		rescore := quality.ScoreContribution(datpin.ScoringRecords(recs), quality.Epoch(p.Manifest.Epoch))
		if rescore.Score != p.Manifest.Score || rescore.Score != tok.Contrib.Score || rescore.Score == 0 ||
			rescore.Explanation != p.Manifest.Explanation {
			t.Fatalf("validator's score %d (%s), manifest %d, chain %d", rescore.Score, rescore.Explanation, p.Manifest.Score, tok.Contrib.Score)
		}
	}

	// Importing the same file again stores nothing and anchors nothing.
	st2, err := r.agent.ImportFiles(ctx, files, nil, telemetry.FormatGNetTrack, agent.ImportOptions{})
	must(t, err)
	must(t, r.agent.Flush(tctx))
	if st2.Accepted != 0 || st2.Duplicates != st.Accepted {
		t.Fatalf("re-import: %+v", st2)
	}
	if c, _ := n.Suite.TokenCount(ctx); c != 2 {
		t.Fatalf("re-import minted: %d tokens", c)
	}
}
