package zk

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/mimc"
)

// Circuit proves, for a batch of Size slots committed by Commit, that the batch's radio score
// (Batch.Score) is at least Threshold and that every record's H3 cell lies in Region. The public
// inputs are, in this order, Commit, TokenID, Threshold and Region; the slots are private.
type Circuit struct {
	Commit    frontend.Variable `gnark:",public"`
	TokenID   frontend.Variable `gnark:",public"`
	Threshold frontend.Variable `gnark:",public"`
	Region    frontend.Variable `gnark:",public"`

	Pairs []frontend.Variable // Size/2 field elements, two slots each
}

// NewCircuit returns the circuit's shape for a batch size (for compiling).
func NewCircuit(size int) *Circuit {
	return &Circuit{Pairs: make([]frontend.Variable, size/pairsPerFe)}
}

// H3 index layout (bit 0 is the least significant): digit j (1..15) in bits 3·(15−j)..+2, the
// base cell in 45..51, the resolution in 52..55, the mode and reserved bits in 56..63.
const (
	h3BaseLo = 45
	h3ResLo  = 52
	h3TopLo  = 56
)

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	size := len(c.Pairs) * pairsPerFe

	// The token id takes part in a constraint so that a proof is bound to it (a public input that
	// appears in no constraint would verify with any value).
	api.AssertIsDifferent(c.TokenID, -1)
	api.ToBinary(c.Threshold, 16)

	// Region: its digits, base cell and top bits; keep[j] says digit j is inside the region's
	// resolution and must match.
	rb := api.ToBinary(c.Region, 64)
	rRes := api.FromBinary(rb[h3ResLo : h3ResLo+4]...)
	var rDigit, keep [16]frontend.Variable
	for j := 1; j <= 15; j++ {
		lo := 3 * (15 - j)
		rDigit[j] = api.FromBinary(rb[lo : lo+3]...)
		keep[j] = geq(api, rRes, j, 4)
	}
	rBase := api.FromBinary(rb[h3BaseLo:h3ResLo]...)
	rTop := api.FromBinary(rb[h3TopLo:64]...)

	h, err := mimc.NewMiMC(api)
	if err != nil {
		return err
	}
	h.Write(size)

	var sum, n frontend.Variable = 0, 0
	var prevValid frontend.Variable = 1
	for i, pair := range c.Pairs {
		h.Write(pair)
		bits := api.ToBinary(pair, pairsPerFe*slotBits)
		for k := 0; k < pairsPerFe; k++ {
			s := bits[k*slotBits : (k+1)*slotBits]
			valid, scored := s[bitValid], s[bitScored]

			// Padding: a padding slot is all zeros and only follows padding; the first slot is a
			// record, so a batch has at least one.
			api.AssertIsEqual(api.Mul(api.FromBinary(s...), api.Sub(1, valid)), 0)
			if i == 0 && k == 0 {
				api.AssertIsEqual(valid, 1)
			} else {
				api.AssertIsEqual(api.Mul(valid, api.Sub(1, prevValid)), 0)
			}
			prevValid = valid
			n = api.Add(n, valid)

			// Radio score by the LTE table: each measured metric's tier, the worst decides.
			rsrp := api.FromBinary(s[offRSRP : offRSRP+widthRSRP]...)
			rsrq := api.FromBinary(s[offRSRQ : offRSRQ+widthQual]...)
			sinr := api.FromBinary(s[offSINR : offSINR+widthQual]...)
			pRSRP, pRSRQ, pSINR := s[bitRSRP], s[bitRSRQ], s[bitSINR]
			// One encoding per record: an absent metric is 0, an unscored slot measures nothing.
			for _, m := range [][2]frontend.Variable{{rsrp, pRSRP}, {rsrq, pRSRQ}, {sinr, pSINR}} {
				api.AssertIsEqual(api.Mul(m[0], api.Sub(1, m[1])), 0)
				api.AssertIsEqual(api.Mul(m[1], api.Sub(1, scored)), 0)
			}
			tRSRP := api.Add(
				geq(api, rsrp, -800+biasRSRP, widthRSRP), geq(api, rsrp, -900+biasRSRP, widthRSRP),
				geq(api, rsrp, -1000+biasRSRP, widthRSRP), geq(api, rsrp, -1100+biasRSRP, widthRSRP))
			tRSRQ := api.Add(1,
				geq(api, rsrq, -100+biasRSRQ, widthQual), geq(api, rsrq, -150+biasRSRQ, widthQual),
				geq(api, rsrq, -200+biasRSRQ, widthQual))
			tSINR := api.Add(1,
				geq(api, sinr, 200+biasSINR, widthQual), geq(api, sinr, 130+biasSINR, widthQual),
				geq(api, sinr, 0+biasSINR, widthQual))
			// An absent metric does not lower the minimum: it counts as the top tier.
			absentTop := func(t, p frontend.Variable) frontend.Variable {
				return api.Add(4, api.Mul(p, api.Sub(t, 4)))
			}
			tier := min5(api, min5(api, absentTop(tRSRP, pRSRP), absentTop(tRSRQ, pRSRQ)), absentTop(tSINR, pSINR))
			none := api.Mul(api.Mul(api.Sub(1, pRSRP), api.Sub(1, pRSRQ)), api.Sub(1, pSINR))
			measured := api.Mul(scored, api.Sub(1, none))
			sum = api.Add(sum, api.Mul(2500, tier, measured))

			// Location: every record's cell lies in the region (parent relation), and is at least
			// as fine as the region. Padding (cell 0) is exempt.
			cb := s[offCell : offCell+64]
			api.AssertIsEqual(api.FromBinary(cb[h3TopLo:64]...), api.Mul(valid, rTop))
			api.AssertIsEqual(api.FromBinary(cb[h3BaseLo:h3ResLo]...), api.Mul(valid, rBase))
			cRes := api.FromBinary(cb[h3ResLo : h3ResLo+4]...)
			// cRes ≥ rRes for a record; for padding both sides are forced to 0.
			api.ToBinary(api.Sub(cRes, api.Mul(valid, rRes)), 4)
			for j := 1; j <= 15; j++ {
				lo := 3 * (15 - j)
				d := api.FromBinary(cb[lo : lo+3]...)
				api.AssertIsEqual(api.Mul(keep[j], api.Sub(d, api.Mul(valid, rDigit[j]))), 0)
			}
		}
	}
	// sum ≥ threshold · n: the mean score, rounded down, reaches the threshold. sum < 2^26.
	api.ToBinary(api.Sub(sum, api.Mul(c.Threshold, n)), 27)
	api.AssertIsEqual(h.Sum(), c.Commit)
	return nil
}

// geq returns 1 when v ≥ c, else 0, for v known to be below 2^width and a constant 0 ≤ c ≤ 2^width:
// v − c + 2^width lies in [0, 2^(width+1)) and its top bit is the answer.
func geq(api frontend.API, v frontend.Variable, c, width int) frontend.Variable {
	b := api.ToBinary(api.Add(v, (1<<width)-c), width+1)
	return b[width]
}

// min5 returns the smaller of two values in 0..4.
func min5(api frontend.API, a, b frontend.Variable) frontend.Variable {
	bGeA := geq(api, api.Add(api.Sub(b, a), 4), 4, 3) // b − a + 4 lies in 0..8
	return api.Select(bGeA, a, b)
}
