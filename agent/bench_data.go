package agent

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// SyntheticGNetTrack writes a G-NetTrack Pro CSV export of n rows, one per
// second from start, for a handset attached to station (NODEHEX), moving
// (its position changes every three rows, as in the driving traces) with
// realistic radio values.
func SyntheticGNetTrack(w io.Writer, station string, start time.Time, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 7))
	var b bytes.Buffer
	b.WriteString("Timestamp,Longitude,Latitude,Speed,Operatorname,CellID,NetworkMode,RSRP,RSRQ,SNR,CQI,RSSI,DL_bitrate,UL_bitrate,State,PINGAVG,PINGMIN,PINGMAX,PINGSTDEV,PINGLOSS,CELLHEX,NODEHEX,LACHEX,RAWCELLID,NRxRSRP,NRxRSRQ\n")
	lat, lon := 51.894272, -8.501713
	for i := range n {
		t := start.Add(time.Duration(i) * time.Second).UTC()
		if i%3 == 0 {
			lat += (rng.Float64() - 0.5) * 0.0004
			lon += (rng.Float64() - 0.5) * 0.0004
		}
		rsrp := -120 + rng.IntN(50)
		mode, nr := "LTE", "-,-"
		if rng.IntN(3) == 0 {
			mode, nr = "5G", fmt.Sprintf("%d.0,%d.0", rsrp-2, -14+rng.IntN(8))
		}
		state, dl, ul := "I", 0, 0
		if rng.IntN(2) == 0 {
			state, dl, ul = "D", rng.IntN(80000), rng.IntN(2000)
		}
		fmt.Fprintf(&b, "%s,%.6f,%.6f,%d,B,1,%s,%d,%d,%d.0,%d,%d,%d,%d,%s,-,-,-,-,-,1,%s,9CBA,87761409,%s\n",
			t.Format("2006.01.02_15.04.05"), lon, lat, rng.IntN(60), mode, rsrp, -16+rng.IntN(12), -5+rng.IntN(30),
			1+rng.IntN(15), rsrp+rng.IntN(20), dl, ul, state, station, nr)
		if b.Len() > 1<<20 {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
