package zk

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/store"
)

// CeremonyVersion names the transcript format of a key ceremony.
const CeremonyVersion = "datpin/zk/ceremony/v1"

// Ceremony phases, as Transcript.Phase records them.
const (
	PhasePowers  = 1 // phase 1, powers of τ: contributions go to the one circuit-independent state
	PhaseCircuit = 2 // phase 2, per batch size: contributions go to one state per size
	PhaseSealed  = 3 // finalized: the keys are written, no more contributions
)

// TranscriptFile is the transcript's file name in a ceremony directory; the states it names are
// in the directory's blocks/ folder, the keys in keys/.
const TranscriptFile = "transcript.json"

// Transcript is the public record of a multi-party Groth16 ceremony (gnark's mpcsetup, BGM17):
// the circuits (batch sizes), every state of phase 1 and phase 2 by CID (store.CID of the state's
// gnark encoding) with who contributed it, the public beacons that sealed each phase and the
// resulting keys. Everything in it can be recomputed from the initial states and the
// contributions (Ceremony.Verify); its own CID (the CID of transcript.json) names the ceremony.
type Transcript struct {
	Version string `json:"version"`
	Sizes   []int  `json:"sizes"`
	// Domain is phase 1's number of powers of τ: the largest circuit's constraint count rounded
	// up to a power of two. Smaller circuits use the first powers.
	Domain       uint64   `json:"domain"`
	Phase        int      `json:"phase"`
	Phase1       []Step   `json:"phase1"` // [0] is the initial state
	Phase1Beacon *Beacon  `json:"phase1Beacon,omitempty"`
	Phase2       []Step   `json:"phase2,omitempty"` // [0] holds the initial state of each size
	Phase2Beacon *Beacon  `json:"phase2Beacon,omitempty"`
	Keys         []KeyRef `json:"keys,omitempty"`
}

// Step is one state of a phase: the initial one (no contributor) or a contribution.
type Step struct {
	Contributor string     `json:"contributor,omitempty"`
	Address     string     `json:"address,omitempty"` // the contributor's account, as they declare it
	Time        time.Time  `json:"time"`
	States      []StateRef `json:"states"` // phase 1: one state; phase 2: one per size, in Sizes order
	// Hash is what a contributor publishes to vouch for their contribution: the SHA-256 of the
	// state CIDs in order, hex.
	Hash string `json:"hash"`
}

// StateRef names a ceremony state by its CID; Size is 0 for phase 1.
type StateRef struct {
	Size int    `json:"size,omitempty"`
	CID  string `json:"cid"`
}

// Beacon is the public randomness that seals a phase: a value nobody could know before the last
// contribution (e.g. the hash of an Ethereum block mined after it), and where it comes from.
type Beacon struct {
	Value  string `json:"value"` // hex
	Source string `json:"source"`
}

// KeyRef names a size's proving and verifying keys by CID (gnark's binary encoding, as
// LoadCeremonyKeys reads them from keys/<size>.pk and .vk).
type KeyRef struct {
	Size int    `json:"size"`
	VK   string `json:"vk"`
	PK   string `json:"pk"`
}

// Ceremony is a ceremony directory: its transcript and its content-addressed states. Mirror,
// when set, receives a copy of every state and transcript it writes (a Kubo node, so that the
// transcript can be fetched and checked by anyone).
type Ceremony struct {
	Dir    string
	T      Transcript
	Mirror datpin.ContentStore
	blocks *store.Local
}

func stepHash(states []StateRef) string {
	h := sha256.New()
	for _, s := range states {
		h.Write([]byte(s.CID))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func newStep(name, address string, states []StateRef) Step {
	return Step{Contributor: name, Address: address, Time: time.Now().UTC().Truncate(time.Second), States: states, Hash: stepHash(states)}
}

// InitCeremony compiles the circuit of each size and writes a new ceremony into dir (which must
// not hold one): the initial phase-1 state, deterministic for the domain, so anyone can recompute
// it.
func InitCeremony(ctx context.Context, dir string, sizes []int, mirror datpin.ContentStore) (*Ceremony, error) {
	if len(sizes) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: a ceremony needs at least one batch size")
	}
	sizes = slices.Clone(sizes)
	slices.Sort(sizes)
	sizes = slices.Compact(sizes)
	if _, err := os.Stat(filepath.Join(dir, TranscriptFile)); err == nil {
		return nil, datpin.Errorf(datpin.ECONFLICT, "zk: %s already holds a ceremony", dir)
	}
	var domain uint64
	for _, n := range sizes {
		d, err := circuitDomain(n)
		if err != nil {
			return nil, err
		}
		domain = max(domain, d)
	}
	c, err := openBlocks(dir, mirror)
	if err != nil {
		return nil, err
	}
	ref, err := c.put(ctx, mpcsetup.NewPhase1(domain))
	if err != nil {
		return nil, err
	}
	c.T = Transcript{Version: CeremonyVersion, Sizes: sizes, Domain: domain, Phase: PhasePowers,
		Phase1: []Step{newStep("", "", []StateRef{{CID: ref}})}}
	return c, c.save(ctx)
}

// circuitDomain is the FFT domain of a size's circuit: its constraint count rounded up to a
// power of two.
func circuitDomain(size int) (uint64, error) {
	ccs, err := Compile(size)
	if err != nil {
		return 0, err
	}
	return ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())), nil
}

func compileR1CS(size int) (*cs.R1CS, error) {
	ccs, err := Compile(size)
	if err != nil {
		return nil, err
	}
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, datpin.Errorf(datpin.EINTERNAL, "zk: circuit of %d is not a BN254 R1CS", size)
	}
	return r, nil
}

// OpenCeremony reads the ceremony in dir. A transcript that does not parse, or names another
// format, is EINVALID with the file's name.
func OpenCeremony(dir string, mirror datpin.ContentStore) (*Ceremony, error) {
	path := filepath.Join(dir, TranscriptFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "zk: no ceremony in %s", dir)
	}
	c, err := openBlocks(dir, mirror)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c.T); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "zk: %s", path)
	}
	if err := c.T.check(); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "zk: %s", path)
	}
	return c, nil
}

// check validates the transcript's shape (not its cryptography: Verify does that).
func (t *Transcript) check() error {
	if t.Version != CeremonyVersion {
		return fmt.Errorf("version %q, want %q", t.Version, CeremonyVersion)
	}
	if len(t.Sizes) == 0 || t.Domain == 0 || ecc.NextPowerOfTwo(t.Domain) != t.Domain {
		return errors.New("no sizes or a domain that is not a power of two")
	}
	if t.Phase < PhasePowers || t.Phase > PhaseSealed || len(t.Phase1) == 0 {
		return fmt.Errorf("phase %d with %d phase-1 states", t.Phase, len(t.Phase1))
	}
	for i, s := range t.Phase1 {
		if len(s.States) != 1 {
			return fmt.Errorf("phase 1 step %d has %d states, want 1", i, len(s.States))
		}
	}
	for i, s := range t.Phase2 {
		if len(s.States) != len(t.Sizes) {
			return fmt.Errorf("phase 2 step %d has %d states, want %d", i, len(s.States), len(t.Sizes))
		}
		for j, r := range s.States {
			if r.Size != t.Sizes[j] {
				return fmt.Errorf("phase 2 step %d: state %d is of size %d, want %d", i, j, r.Size, t.Sizes[j])
			}
		}
	}
	if (t.Phase >= PhaseCircuit) != (t.Phase1Beacon != nil && len(t.Phase2) > 0) {
		return fmt.Errorf("phase %d does not match the phase-1 beacon and phase-2 states", t.Phase)
	}
	if (t.Phase == PhaseSealed) != (t.Phase2Beacon != nil && len(t.Keys) == len(t.Sizes)) {
		return fmt.Errorf("phase %d does not match the phase-2 beacon and keys", t.Phase)
	}
	return nil
}

func openBlocks(dir string, mirror datpin.ContentStore) (*Ceremony, error) {
	l, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}
	return &Ceremony{Dir: dir, Mirror: mirror, blocks: l}, nil
}

// put stores a state (its gnark encoding) in the directory and the mirror; it returns its CID.
func (c *Ceremony) put(ctx context.Context, v io.WriterTo) (string, error) {
	var buf bytes.Buffer
	if _, err := v.WriteTo(&buf); err != nil {
		return "", datpin.Wrap(datpin.EINTERNAL, err, "zk: encode ceremony state")
	}
	return c.putBytes(ctx, buf.Bytes())
}

func (c *Ceremony) putBytes(ctx context.Context, b []byte) (string, error) {
	id, err := c.blocks.Put(ctx, b)
	if err != nil {
		return "", err
	}
	if c.Mirror != nil {
		if _, err := c.Mirror.Put(ctx, b); err != nil {
			return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: mirror ceremony state %s", id)
		}
	}
	return id, nil
}

// get reads a state by CID into v; the store checks the bytes against the CID.
func (c *Ceremony) get(ctx context.Context, id string, v io.ReaderFrom) error {
	b, err := c.blocks.Get(ctx, id)
	if err != nil && c.Mirror != nil {
		b, err = c.Mirror.Get(ctx, id)
	}
	if err != nil {
		return datpin.Wrap(datpin.ENOTFOUND, err, "zk: ceremony state %s", id)
	}
	n, err := v.ReadFrom(bytes.NewReader(b))
	if err != nil || n != int64(len(b)) {
		return datpin.Errorf(datpin.EINVALID, "zk: ceremony state %s does not decode (%d of %d bytes read): %v", id, n, len(b), err)
	}
	return nil
}

// encode is the transcript's canonical bytes: the content of transcript.json.
func (t *Transcript) encode() []byte {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		panic(err) // a Transcript always encodes
	}
	return append(b, '\n')
}

// CID is the transcript's content address: store.CID of transcript.json. It names the ceremony
// and, once sealed, the keys it produced.
func (c *Ceremony) CID() string { return store.CID(c.T.encode()) }

// save writes the transcript (atomically) and stores it as a block like the states.
func (c *Ceremony) save(ctx context.Context) error {
	b := c.T.encode()
	path := filepath.Join(c.Dir, TranscriptFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write %s", path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write %s", path)
	}
	_, err := c.putBytes(ctx, b)
	return err
}

// Timing is how long one size's part of a ceremony step took (Size 0: phase 1).
type Timing struct {
	Size    int     `json:"size"`
	Seconds float64 `json:"seconds"`
}

// Contribute adds the contributor's own randomness (crypto/rand, drawn inside gnark) to the
// current phase: to the phase-1 state, or to every size's phase-2 state. The randomness never
// leaves this call; only the updated states and their proofs of knowledge are written.
func (c *Ceremony) Contribute(ctx context.Context, name, address string) (Step, []Timing, error) {
	if strings.TrimSpace(name) == "" {
		return Step{}, nil, datpin.Errorf(datpin.EINVALID, "zk: a contribution needs the contributor's name")
	}
	// DevSetup swaps crypto/rand.Reader for a public stream while it runs; hold its lock so a
	// contribution in the same process can never draw from it.
	setupMu.Lock()
	defer setupMu.Unlock()
	var (
		states  []StateRef
		timings []Timing
	)
	switch c.T.Phase {
	case PhasePowers:
		t0 := time.Now()
		p := new(mpcsetup.Phase1)
		if err := c.get(ctx, c.last1(), p); err != nil {
			return Step{}, nil, err
		}
		p.Contribute()
		id, err := c.put(ctx, p)
		if err != nil {
			return Step{}, nil, err
		}
		states = []StateRef{{CID: id}}
		timings = []Timing{{Seconds: time.Since(t0).Seconds()}}
	case PhaseCircuit:
		for _, prev := range c.T.Phase2[len(c.T.Phase2)-1].States {
			t0 := time.Now()
			p := new(mpcsetup.Phase2)
			if err := c.get(ctx, prev.CID, p); err != nil {
				return Step{}, nil, err
			}
			p.Contribute()
			id, err := c.put(ctx, p)
			if err != nil {
				return Step{}, nil, err
			}
			states = append(states, StateRef{Size: prev.Size, CID: id})
			timings = append(timings, Timing{Size: prev.Size, Seconds: time.Since(t0).Seconds()})
		}
	default:
		return Step{}, nil, datpin.Errorf(datpin.ECONFLICT, "zk: the ceremony is sealed; it takes no more contributions")
	}
	s := newStep(name, address, states)
	if c.T.Phase == PhasePowers {
		c.T.Phase1 = append(c.T.Phase1, s)
	} else {
		c.T.Phase2 = append(c.T.Phase2, s)
	}
	return s, timings, c.save(ctx)
}

func (c *Ceremony) last1() string { return c.T.Phase1[len(c.T.Phase1)-1].States[0].CID }

// commons verifies phase 1 from its initial state and seals it with the beacon: the
// circuit-independent SRS every phase 2 starts from.
func (c *Ceremony) commons(ctx context.Context, beacon []byte) (*mpcsetup.SrsCommons, error) {
	last, err := c.verifyPhase1(ctx)
	if err != nil {
		return nil, err
	}
	srs := last.Seal(beacon)
	return &srs, nil
}

// checkInitial requires an initial state to be the deterministic one anyone recomputes.
func (c *Ceremony) checkInitial(want io.WriterTo, id, what string) error {
	var buf bytes.Buffer
	if _, err := want.WriteTo(&buf); err != nil {
		return datpin.Wrap(datpin.EINTERNAL, err, "zk: encode %s initial state", what)
	}
	if got := store.CID(buf.Bytes()); got != id {
		return datpin.Errorf(datpin.EINVALID, "zk: the %s initial state is %s, recomputed %s", what, id, got)
	}
	return nil
}

// truncate returns the SRS for a smaller domain: the first powers of τ.
func truncate(srs *mpcsetup.SrsCommons, n uint64) *mpcsetup.SrsCommons {
	var t mpcsetup.SrsCommons
	t.G1.Tau = srs.G1.Tau[:2*n-1]
	t.G1.AlphaTau = srs.G1.AlphaTau[:n]
	t.G1.BetaTau = srs.G1.BetaTau[:n]
	t.G2.Tau = srs.G2.Tau[:n]
	t.G2.Beta = srs.G2.Beta
	return &t
}

func parseBeacon(b Beacon) ([]byte, error) {
	v, err := hex.DecodeString(strings.TrimPrefix(b.Value, "0x"))
	if err != nil || len(v) < 16 {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: beacon %q: want at least 16 bytes of hex", b.Value)
	}
	if strings.TrimSpace(b.Source) == "" {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: a beacon needs its source (e.g. \"ethereum block 21000000 hash\")")
	}
	return v, nil
}

// ClosePhase1 seals phase 1 with a public beacon (verifying every phase-1 contribution first) and
// writes each size's initial phase-2 state. Contributions then go to phase 2.
func (c *Ceremony) ClosePhase1(ctx context.Context, beacon Beacon) ([]Timing, error) {
	if c.T.Phase != PhasePowers {
		return nil, datpin.Errorf(datpin.ECONFLICT, "zk: phase 1 is already closed")
	}
	if len(c.T.Phase1) < 2 {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: phase 1 has no contribution yet")
	}
	v, err := parseBeacon(beacon)
	if err != nil {
		return nil, err
	}
	srs, err := c.commons(ctx, v)
	if err != nil {
		return nil, err
	}
	var (
		states  []StateRef
		timings []Timing
	)
	for _, n := range c.T.Sizes {
		t0 := time.Now()
		p, _, _, err := initPhase2(srs, n)
		if err != nil {
			return nil, err
		}
		id, err := c.put(ctx, p)
		if err != nil {
			return nil, err
		}
		states = append(states, StateRef{Size: n, CID: id})
		timings = append(timings, Timing{Size: n, Seconds: time.Since(t0).Seconds()})
	}
	c.T.Phase1Beacon = &beacon
	c.T.Phase2 = []Step{newStep("", "", states)}
	c.T.Phase = PhaseCircuit
	return timings, c.save(ctx)
}

// initPhase2 is a size's deterministic initial phase-2 state over the sealed phase 1, with the
// evaluations and the truncated SRS its seal needs.
func initPhase2(srs *mpcsetup.SrsCommons, size int) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, *mpcsetup.SrsCommons, error) {
	r, err := compileR1CS(size)
	if err != nil {
		return nil, nil, nil, err
	}
	n := ecc.NextPowerOfTwo(uint64(r.GetNbConstraints()))
	if n > uint64(len(srs.G1.AlphaTau)) {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "zk: circuit of %d needs %d powers of τ, phase 1 has %d", size, n, len(srs.G1.AlphaTau))
	}
	t := truncate(srs, n)
	p := new(mpcsetup.Phase2)
	evals := p.Initialize(r, t)
	return p, &evals, t, nil
}

// Finalize seals phase 2 with a public beacon, verifying every contribution of both phases from
// the initial states first, and writes each size's keys into keys/<size>.pk and .vk.
func (c *Ceremony) Finalize(ctx context.Context, beacon Beacon) ([]KeyRef, []Timing, error) {
	if c.T.Phase != PhaseCircuit {
		return nil, nil, datpin.Errorf(datpin.ECONFLICT, "zk: finalize needs a ceremony in phase 2 (it is in phase %d)", c.T.Phase)
	}
	if len(c.T.Phase2) < 2 {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "zk: phase 2 has no contribution yet")
	}
	if _, err := parseBeacon(beacon); err != nil {
		return nil, nil, err
	}
	c.T.Phase2Beacon = &beacon
	keys, timings, err := c.sealed(ctx)
	if err != nil {
		c.T.Phase2Beacon = nil
		return nil, nil, err
	}
	refs := make([]KeyRef, len(keys))
	for i, k := range keys {
		if refs[i], err = c.writeKeys(ctx, k); err != nil {
			return nil, nil, err
		}
	}
	c.T.Keys = refs
	c.T.Phase = PhaseSealed
	return refs, timings, c.save(ctx)
}

// sealed verifies both phases and seals every size's phase 2 with the phase-2 beacon.
func (c *Ceremony) sealed(ctx context.Context) ([]*Keys, []Timing, error) {
	b1, err := parseBeacon(*c.T.Phase1Beacon)
	if err != nil {
		return nil, nil, err
	}
	b2, err := parseBeacon(*c.T.Phase2Beacon)
	if err != nil {
		return nil, nil, err
	}
	t0 := time.Now()
	srs, err := c.commons(ctx, b1)
	if err != nil {
		return nil, nil, err
	}
	timings := []Timing{{Seconds: time.Since(t0).Seconds()}}
	var keys []*Keys
	for j, n := range c.T.Sizes {
		t0 := time.Now()
		last, evals, t, err := c.verifyPhase2(ctx, srs, j)
		if err != nil {
			return nil, nil, err
		}
		pk, vk := last.Seal(t, evals, b2)
		ccs, err := Compile(n)
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, &Keys{Size: n, CCS: ccs, PK: pk, VK: vk})
		timings = append(timings, Timing{Size: n, Seconds: time.Since(t0).Seconds()})
	}
	return keys, timings, nil
}

// verifyPhase2 checks the j-th size's initial phase-2 state and every contribution to it, and
// returns the last state with what sealing it needs.
func (c *Ceremony) verifyPhase2(ctx context.Context, srs *mpcsetup.SrsCommons, j int) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, *mpcsetup.SrsCommons, error) {
	n := c.T.Sizes[j]
	prev, evals, t, err := initPhase2(srs, n)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := c.checkInitial(prev, c.T.Phase2[0].States[j].CID, fmt.Sprintf("phase 2 (%d records)", n)); err != nil {
		return nil, nil, nil, err
	}
	for i, s := range c.T.Phase2[1:] {
		next := new(mpcsetup.Phase2)
		if err := c.get(ctx, s.States[j].CID, next); err != nil {
			return nil, nil, nil, err
		}
		if err := prev.Verify(next); err != nil {
			return nil, nil, nil, datpin.Wrap(datpin.EINVALID, err, "zk: phase-2 contribution %d (%s) to %d records does not verify", i+1, s.Contributor, n)
		}
		prev = next
	}
	return prev, evals, t, nil
}

// Verification is what Verify found: the transcript's CID, its phase, the contributions it
// checked and, for a sealed ceremony, the keys it recomputed.
type Verification struct {
	CID           string   `json:"cid"`
	Phase         int      `json:"phase"`
	Sizes         []int    `json:"sizes"`
	Contributions int      `json:"contributions"` // phase 1 and phase 2
	Contributors  []string `json:"contributors"`
	Keys          []KeyRef `json:"keys,omitempty"`
	Verified      bool     `json:"verified"`
	Timings       []Timing `json:"timings"`
}

// Verify recomputes the ceremony from scratch: the initial states, every contribution's proof of
// knowledge and consistency, each phase's seal with its recorded beacon and, when sealed, the
// keys, whose CIDs must be those the transcript records and whose files must be those bytes. It
// fails (EINVALID, naming the step) at the first thing that does not check.
func (c *Ceremony) Verify(ctx context.Context) (*Verification, error) {
	v := &Verification{CID: c.CID(), Phase: c.T.Phase, Sizes: c.T.Sizes}
	for _, s := range append(slices.Clone(c.T.Phase1[1:]), c.T.Phase2[min(1, len(c.T.Phase2)):]...) {
		v.Contributions++
		if !slices.Contains(v.Contributors, s.Contributor) {
			v.Contributors = append(v.Contributors, s.Contributor)
		}
	}
	for _, s := range append(slices.Clone(c.T.Phase1), c.T.Phase2...) {
		if s.Hash != stepHash(s.States) {
			return nil, datpin.Errorf(datpin.EINVALID, "zk: step of %q records hash %s, its states hash to %s", s.Contributor, s.Hash, stepHash(s.States))
		}
	}
	switch c.T.Phase {
	case PhasePowers:
		t0 := time.Now()
		if _, err := c.verifyPhase1(ctx); err != nil {
			return nil, err
		}
		v.Timings = []Timing{{Seconds: time.Since(t0).Seconds()}}
	case PhaseCircuit:
		b1, err := parseBeacon(*c.T.Phase1Beacon)
		if err != nil {
			return nil, err
		}
		t0 := time.Now()
		srs, err := c.commons(ctx, b1)
		if err != nil {
			return nil, err
		}
		v.Timings = []Timing{{Seconds: time.Since(t0).Seconds()}}
		for j, n := range c.T.Sizes {
			t0 := time.Now()
			if _, _, _, err := c.verifyPhase2(ctx, srs, j); err != nil {
				return nil, err
			}
			v.Timings = append(v.Timings, Timing{Size: n, Seconds: time.Since(t0).Seconds()})
		}
	case PhaseSealed:
		keys, timings, err := c.sealed(ctx)
		if err != nil {
			return nil, err
		}
		v.Timings = timings
		for i, k := range keys {
			want := c.T.Keys[i]
			got := KeyRef{Size: k.Size, VK: keyCID(k.VK), PK: keyCID(k.PK)}
			if got != want {
				return nil, datpin.Errorf(datpin.EINVALID, "zk: the ceremony's keys of %d records recompute to %+v, the transcript records %+v", k.Size, got, want)
			}
			if _, err := LoadCeremonyKeys(c.Dir, k.Size); err != nil {
				return nil, err
			}
		}
		v.Keys = c.T.Keys
	}
	v.Verified = true
	return v, nil
}

// verifyPhase1 checks phase 1 from its initial state and returns its last state (unsealed).
func (c *Ceremony) verifyPhase1(ctx context.Context) (*mpcsetup.Phase1, error) {
	prev := mpcsetup.NewPhase1(c.T.Domain)
	if err := c.checkInitial(prev, c.T.Phase1[0].States[0].CID, "phase 1"); err != nil {
		return nil, err
	}
	for i, s := range c.T.Phase1[1:] {
		next := new(mpcsetup.Phase1)
		if err := c.get(ctx, s.States[0].CID, next); err != nil {
			return nil, err
		}
		if err := prev.Verify(next); err != nil {
			return nil, datpin.Wrap(datpin.EINVALID, err, "zk: phase-1 contribution %d (%s) does not verify", i+1, s.Contributor)
		}
		prev = next
	}
	return prev, nil
}

func keyCID(k io.WriterTo) string {
	var buf bytes.Buffer
	if _, err := k.WriteTo(&buf); err != nil {
		panic(err) // writing to a buffer cannot fail
	}
	return store.CID(buf.Bytes())
}

// ceremonyKeyPaths are where a sealed ceremony's keys of a size are.
func ceremonyKeyPaths(dir string, size int) (pk, vk string) {
	base := filepath.Join(dir, "keys", fmt.Sprintf("%d", size))
	return base + ".pk", base + ".vk"
}

// writeKeys writes a size's keys into keys/ (gnark's binary encoding) and the mirror.
func (c *Ceremony) writeKeys(ctx context.Context, k *Keys) (KeyRef, error) {
	pkPath, vkPath := ceremonyKeyPaths(c.Dir, k.Size)
	if err := os.MkdirAll(filepath.Dir(pkPath), 0o755); err != nil {
		return KeyRef{}, datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: keys directory")
	}
	ref := KeyRef{Size: k.Size}
	for _, f := range []struct {
		path string
		k    io.WriterTo
		cid  *string
	}{{pkPath, k.PK, &ref.PK}, {vkPath, k.VK, &ref.VK}} {
		var buf bytes.Buffer
		if _, err := f.k.WriteTo(&buf); err != nil {
			return KeyRef{}, datpin.Wrap(datpin.EINTERNAL, err, "zk: encode key")
		}
		*f.cid = store.CID(buf.Bytes())
		if err := writeFileAtomic(f.path, buf.Bytes()); err != nil {
			return KeyRef{}, err
		}
		if c.Mirror != nil {
			if _, err := c.Mirror.Put(ctx, buf.Bytes()); err != nil {
				return KeyRef{}, datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: mirror key %s", *f.cid)
			}
		}
	}
	return ref, nil
}

func writeFileAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write %s", path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "zk: write %s", path)
	}
	return nil
}

// LoadCeremonyKeys loads a sealed ceremony's keys of a size from its directory, checking the
// files against the CIDs the transcript records. It does not re-verify the contributions
// (Ceremony.Verify does).
func LoadCeremonyKeys(dir string, size int) (*Keys, error) {
	c, err := OpenCeremony(dir, nil)
	if err != nil {
		return nil, err
	}
	return c.Keys(size)
}

// Keys loads the sealed ceremony's keys of a size (see LoadCeremonyKeys).
func (c *Ceremony) Keys(size int) (*Keys, error) {
	if c.T.Phase != PhaseSealed {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: the ceremony in %s is not finalized", c.Dir)
	}
	i := slices.IndexFunc(c.T.Keys, func(k KeyRef) bool { return k.Size == size })
	if i < 0 {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "zk: the ceremony in %s has no keys of %d records (sizes %v)", c.Dir, size, c.T.Sizes)
	}
	ref := c.T.Keys[i]
	pkPath, vkPath := ceremonyKeyPaths(c.Dir, size)
	pk, vk := groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
	for _, f := range []struct {
		path, cid string
		k         io.ReaderFrom
	}{{vkPath, ref.VK, vk}, {pkPath, ref.PK, pk}} {
		b, err := os.ReadFile(f.path)
		if err != nil {
			return nil, datpin.Wrap(datpin.ENOTFOUND, err, "zk: ceremony key")
		}
		if got := store.CID(b); got != f.cid {
			return nil, datpin.Errorf(datpin.EINVALID, "zk: %s is %s, the transcript records %s", f.path, got, f.cid)
		}
		if _, err := f.k.ReadFrom(bytes.NewReader(b)); err != nil {
			return nil, datpin.Wrap(datpin.EINVALID, err, "zk: decode %s", f.path)
		}
	}
	ccs, err := Compile(size)
	if err != nil {
		return nil, err
	}
	return &Keys{Size: size, CCS: ccs, PK: pk, VK: vk}, nil
}

// VerifierKeys returns the on-chain verifying key of each size of a sealed ceremony, read from
// its verifying-key files (checked against the transcript).
func (c *Ceremony) VerifierKeys() (map[int]VerifierKey, error) {
	out := map[int]VerifierKey{}
	for _, ref := range c.T.Keys {
		_, vkPath := ceremonyKeyPaths(c.Dir, ref.Size)
		b, err := os.ReadFile(vkPath)
		if err != nil {
			return nil, datpin.Wrap(datpin.ENOTFOUND, err, "zk: ceremony key")
		}
		if got := store.CID(b); got != ref.VK {
			return nil, datpin.Errorf(datpin.EINVALID, "zk: %s is %s, the transcript records %s", vkPath, got, ref.VK)
		}
		vk := groth16.NewVerifyingKey(ecc.BN254)
		if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
			return nil, datpin.Wrap(datpin.EINVALID, err, "zk: decode %s", vkPath)
		}
		if out[ref.Size], err = SolidityKey(vk); err != nil {
			return nil, err
		}
	}
	return out, nil
}
