package zk

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// The circuit's score is quality's mean radio score for a batch of LTE sessions: a proof of
// exactly that score exists, and none of one more.
func TestCircuit_ScoreEqualsQuality(t *testing.T) {
	k := mustTestKeys(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for run := 0; run < 3; run++ {
		recs := lteBatch(t, rng, TestSize-run) // full and padded batches
		b, err := NewBatch(TestSize, recs)
		if err != nil {
			t.Fatal(err)
		}
		commit := b.Commit()
		want := quality.ScoreBatch(datpin.ScoringRecords(recs), quality.Window{}).MeanRadio
		if int32(b.Score()) != want {
			t.Fatalf("run %d: batch score %d, quality's mean radio %d", run, b.Score(), want)
		}
		c := claim(b, 7, b.Score())
		p, err := prove(k, b.assignment(c))
		if err != nil {
			t.Fatalf("run %d: proving the batch's own score %d: %v", run, b.Score(), err)
		}
		if err := Verify(k.VK, commit, c, p); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		over := c
		over.Threshold++
		if _, err := prove(k, b.assignment(over)); err == nil {
			t.Fatalf("run %d: proved threshold %d above the score %d", run, over.Threshold, b.Score())
		}
	}
}

func TestVerify_RejectsWrongPublicInputs(t *testing.T) {
	k := mustTestKeys(t)
	b, err := NewBatch(TestSize, lteBatch(t, rand.New(rand.NewPCG(3, 4)), 5))
	if err != nil {
		t.Fatal(err)
	}
	c := claim(b, 11, b.Score()/2)
	p, err := Prove(k, b, c)
	if err != nil {
		t.Fatal(err)
	}
	commit := b.Commit()
	if err := Verify(k.VK, commit, c, p); err != nil {
		t.Fatal(err)
	}
	other := commit
	other[31] ^= 1
	cases := map[string]func() error{
		"commit":    func() error { return Verify(k.VK, other, c, p) },
		"token":     func() error { d := c; d.TokenID = big.NewInt(12); return Verify(k.VK, commit, d, p) },
		"threshold": func() error { d := c; d.Threshold++; return Verify(k.VK, commit, d, p) },
		"region":    func() error { d := c; d.Region = parent(c.Region, 5); return Verify(k.VK, commit, d, p) },
		"proof": func() error {
			q := p
			q[40] ^= 1
			return Verify(k.VK, commit, c, q)
		},
	}
	for name, f := range cases {
		if f() == nil {
			t.Errorf("%s: a changed %s verified", name, name)
		}
	}
}

// Padding cannot hide a record: the commitment covers every slot, and a padding slot is all zeros,
// only after the records.
func TestCircuit_PaddingRules(t *testing.T) {
	k := mustTestKeys(t)
	recs := lteBatch(t, rand.New(rand.NewPCG(5, 6)), 4)
	b, err := NewBatch(TestSize, recs)
	if err != nil {
		t.Fatal(err)
	}
	// Mark a poor record as padding but keep its data: the slot is not all zeros.
	recs[1].RSRPdBm10 = -1200 // no service
	poor, _ := NewBatch(TestSize, recs)
	hidden := *poor
	hidden.Slots = append([]Slot(nil), poor.Slots...)
	hidden.Slots[3], hidden.Slots[1] = hidden.Slots[1], hidden.Slots[3]
	hidden.Slots[3].Valid = false
	c := claim(&hidden, 1, 0)
	a := hidden.assignment(c)
	a.Commit = b.Commit() // whatever the commitment, the slot rules fail first
	if _, err := prove(k, a); err == nil {
		t.Fatal("proved a batch whose padding slot carries data")
	}
	// A gap (a record after padding) fails.
	gap := *b
	gap.Slots = append([]Slot(nil), b.Slots...)
	gap.Slots[2] = Slot{}
	if _, err := prove(k, gap.assignment(claim(&gap, 1, 0))); err == nil {
		t.Fatal("proved a batch with a record after padding")
	}
	// An all-padding batch fails (the first slot must be a record).
	empty := &Batch{Size: TestSize, Slots: make([]Slot, TestSize)}
	if _, err := prove(k, empty.assignment(Claim{TokenID: big.NewInt(1), Region: c.Region})); err == nil {
		t.Fatal("proved an empty batch")
	}
}

func TestCircuit_Region(t *testing.T) {
	k := mustTestKeys(t)
	recs := lteBatch(t, rand.New(rand.NewPCG(7, 8)), 6)
	b, _ := NewBatch(TestSize, recs)
	c := claim(b, 3, 0)
	if _, err := prove(k, b.assignment(c)); err != nil {
		t.Fatalf("records in their common region: %v", err)
	}
	// A far-away record (Dublin) is outside the Cork region.
	recs[4].H3Cell = corkCell(t, 533_498_000, -62_603_000)
	far, _ := NewBatch(TestSize, recs)
	if err := far.Check(c); err == nil {
		t.Fatal("Check accepted a record outside the region")
	}
	if _, err := prove(k, far.assignment(c)); err == nil {
		t.Fatal("proved a record outside the region")
	}
	// A sibling region at the same resolution fails too.
	sib := c
	sib.Region ^= 1 << uint(3*(15-int(c.Region>>h3ResLo&15)))
	if _, err := prove(k, b.assignment(sib)); err == nil {
		t.Fatal("proved records inside a sibling region")
	}
}

func TestSlotOf_SubsetRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	recs := lteBatch(t, rng, 4)
	recs[0].Mode = datpin.ModeNR
	recs[1].Kind = datpin.KindHeartbeat
	recs[2].RSRPdBm10 = -2000 // implausible: quality's noise filter drops it
	for i := 0; i < 3; i++ {
		s := SlotOf(&recs[i])
		if s.Scored || s.Score() != 0 || !s.Valid || s.Cell != recs[i].H3Cell {
			t.Errorf("record %d: %+v, want a valid unscored slot in its cell", i, s)
		}
	}
	if s := SlotOf(&recs[3]); !s.Scored {
		t.Errorf("an LTE session is scored: %+v", s)
	}
}

func TestCommit_Deterministic(t *testing.T) {
	recs := lteBatch(t, rand.New(rand.NewPCG(11, 12)), 100)
	_, c1, err := Commit(recs)
	if err != nil {
		t.Fatal(err)
	}
	_, c2, _ := Commit(recs)
	if c1 != c2 {
		t.Fatal("commitment differs between runs")
	}
	recs[99].SINRdB10++
	if _, c3, _ := Commit(recs); c3 == c1 {
		t.Fatal("a changed record left the commitment unchanged")
	}
	if SizeFor(100) != 256 || SizeFor(257) != 1024 || SizeFor(4097) != 0 {
		t.Fatal("SizeFor")
	}
}

// The development keys are reproducible: a fresh setup hashes to the pinned values.
func TestDevKeys_Pinned(t *testing.T) {
	ccs, err := Compile(TestSize)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := DevSetup(ccs, TestSize)
	if err != nil {
		t.Fatal(err)
	}
	want := Pinned[TestSize]
	if got := KeyHash(vk); got != want[0] {
		t.Errorf("verifying key hashes to %s, pinned %s", got, want[0])
	}
	if got := KeyHash(pk); got != want[1] {
		t.Errorf("proving key hashes to %s, pinned %s", got, want[1])
	}
	// The cache round-trips and is checked against the pins.
	dir := t.TempDir()
	k1, err := DevKeys(dir, TestSize)
	if err != nil {
		t.Fatal(err)
	}
	delete(devKeys, TestSize)
	k2, err := DevKeys(dir, TestSize)
	if err != nil {
		t.Fatal(err)
	}
	if KeyHash(k1.VK) != KeyHash(k2.VK) {
		t.Fatal("cached verifying key differs")
	}
}

// The recorded on-chain form of the development key of the test size is that of the pinned key,
// and a key of another shape is refused.
func TestDevVerifierKey_MatchesDevKeys(t *testing.T) {
	k := mustTestKeys(t)
	got, err := SolidityKey(k.VK)
	if err != nil {
		t.Fatal(err)
	}
	want, ok := DevVerifierKey(TestSize)
	if !ok || !got.Equal(want) {
		t.Fatalf("SolidityKey(dev key of %d) differs from DevVerifierKey", TestSize)
	}
	for _, n := range Sizes {
		if _, ok := DevVerifierKey(n); !ok {
			t.Errorf("no recorded development verifying key of %d", n)
		}
	}
	other, _ := DevVerifierKey(256)
	if got.Equal(other) {
		t.Fatal("two sizes share a verifying key")
	}
}

// A cached key that does not hash to its pin is replaced, not used.
func TestDevKeys_ReplacesDamagedCache(t *testing.T) {
	dir := t.TempDir()
	if _, err := DevKeys(dir, TestSize); err != nil {
		t.Fatal(err)
	}
	delete(devKeys, TestSize)
	// Another size's keys under this size's name: readable, wrong.
	ccs, err := Compile(4)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := DevSetup(ccs, 4)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeKeys(dir, TestSize, pk, vk); err != nil {
		t.Fatal(err)
	}
	k, err := DevKeys(dir, TestSize)
	if err != nil {
		t.Fatal(err)
	}
	if KeyHash(k.VK) != Pinned[TestSize][0] {
		t.Fatal("DevKeys used a cached key that is not the pinned one")
	}
	delete(devKeys, TestSize)
	pk2, vk2, err := readKeys(dir, TestSize)
	if err != nil || KeyHash(vk2) != Pinned[TestSize][0] || KeyHash(pk2) != Pinned[TestSize][1] {
		t.Fatal("the cache was not rewritten with the pinned keys")
	}
}

func TestLoadDevKeys_NeverSetsUp(t *testing.T) {
	delete(devKeys, TestSize)
	if _, err := LoadDevKeys(t.TempDir(), TestSize); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("LoadDevKeys from an empty cache: %v; want ENOTFOUND", err)
	}
	dir := t.TempDir()
	if _, err := DevKeys(dir, TestSize); err != nil {
		t.Fatal(err)
	}
	delete(devKeys, TestSize)
	if k, err := LoadDevKeys(dir, TestSize); err != nil || KeyHash(k.VK) != Pinned[TestSize][0] {
		t.Fatalf("LoadDevKeys from the cache: %v", err)
	}
}
