// Package propagation is the radio propagation model datpin reasons with: COST-231 Hata urban
// path loss and the median reference-signal power a handset receives from a macro cell. The
// network simulator draws its handsets' readings from it, and the validators' location check
// bounds what a station's reports may show at a distance with it, so both use this one model.
package propagation

import "math"

// Model is a COST-231 Hata urban model for one carrier and antenna geometry.
type Model struct {
	FreqMHz           float64 // carrier frequency (COST-231 holds for 1,500–2,000 MHz)
	BaseHeightM       float64 // base station antenna height
	MobileHeightM     float64 // handset antenna height
	MetroCorrectionDB float64 // C_M: 3 dB for dense urban centres, 0 for suburbs
	// RSEPREdBm is the reference-signal power per resource element and AntennaGainDB the base
	// station's antenna gain.
	RSEPREdBm     float64
	AntennaGainDB float64
	// ShadowSigmaDB is the standard deviation of log-normal shadowing around the median.
	ShadowSigmaDB float64
	// MinDistKm clamps the distance below (the model does not hold at the mast's foot).
	MinDistKm float64
}

// Default is an LTE macro cell at 1800 MHz: a 30 m mast, a 1.5 m handset, dense urban
// (C_M = 3 dB), 46 dBm over the 1,200 subcarriers of a 20 MHz carrier, 15 dBi of antenna gain
// and 8 dB of shadowing.
var Default = Model{
	FreqMHz:           1800,
	BaseHeightM:       30,
	MobileHeightM:     1.5,
	MetroCorrectionDB: 3,
	RSEPREdBm:         46 - 30.79, // 10·log10(1200) = 30.79
	AntennaGainDB:     15,
	ShadowSigmaDB:     8,
	MinDistKm:         0.05,
}

// PathLossDB is the median path loss in dB at distance dKm (clamped below at MinDistKm):
//
//	L = 46.3 + 33.9·log10(f) − 13.82·log10(hb) − a(hm)
//	    + (44.9 − 6.55·log10(hb))·log10(d) + C_M
//	a(hm) = (1.1·log10(f) − 0.7)·hm − (1.56·log10(f) − 0.8)
//
// with f in MHz, hb and hm in m and d in km. For Default at 1 km it is about 139.2 dB.
func (m Model) PathLossDB(dKm float64) float64 {
	d := math.Max(dKm, m.MinDistKm)
	lf := math.Log10(m.FreqMHz)
	lhb := math.Log10(m.BaseHeightM)
	ahm := (1.1*lf-0.7)*m.MobileHeightM - (1.56*lf - 0.8)
	return 46.3 + 33.9*lf - 13.82*lhb - ahm + (44.9-6.55*lhb)*math.Log10(d) + m.MetroCorrectionDB
}

// MedianRSRPdBm is the median reference-signal power, in dBm, received at dKm: the power per
// resource element plus the antenna gain, less PathLossDB. Shadowing scatters real samples
// around it with σ ShadowSigmaDB.
func (m Model) MedianRSRPdBm(dKm float64) float64 {
	return m.RSEPREdBm + m.AntennaGainDB - m.PathLossDB(dKm)
}
