package telemetry_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// synthGNetTrack makes an n-row G-NetTrack export shaped like a real drive
// test: one row per second, values drifting, some fields not measured.
func synthGNetTrack(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Timestamp,Longitude,Latitude,Speed,Operatorname,CellID,NetworkMode,RSRP,RSRQ,SNR,CQI,RSSI,DL_bitrate,UL_bitrate,State,PINGAVG,PINGMIN,PINGMAX,PINGSTDEV,PINGLOSS,CELLHEX,NODEHEX,LACHEX,RAWCELLID,NRxRSRP,NRxRSRQ\n")
	for i := 0; i < n; i++ {
		s := i % 86400
		mode, state, ping := "5G", "D", "-,-,-,-,-"
		if i%7 == 0 {
			mode = "LTE"
		}
		if i%3 == 0 {
			state = "I"
		}
		if i%50 == 0 {
			ping = fmt.Sprintf("%d.0,%d.0,%d.0,%d.0,0.0", 60+i%40, 55+i%40, 70+i%40, i%9)
		}
		fmt.Fprintf(&b, "2021.03.%02d_%02d.%02d.%02d,-8.%06d,51.%015d,%d,X,11,%s,-%d,-%d,%d.0,%d,-%d,%d,%d,%s,%s,B,A%03X,1C2D,10545675,-%d.0,-%d.0\n",
			4+i/86400%20, s/3600, s/60%60, s%60, 394624+i%1000, 886140999999995+i, i%90, mode,
			80+i%40, 5+i%15, i%30-5, i%16, 50+i%40, (i*7919)%300000, (i*31)%800, state, ping, i/600%4096, 82+i%40, 8+i%12)
	}
	return b.Bytes()
}

func synthWeather(n int) []byte {
	var b bytes.Buffer
	b.WriteString("datetime (UTC),\"coordinates (lat,lon)\",temperature (degC),relative_humidity (0-1),wind_speed (m/s),total_precipitation (mm of water equivalent),surface_pressure (Pa),snowfall (mm of water equivalent),snow_depth (mm of water equivalent),absolute_humidity (g/m^3),rainfall (mm)\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%d/%d/%d %d:00,\"(42.886717, -78.878392)\",%d.%02d,0.%02d,%d.%02d,0,%d.%02d,0,,7.101523382,0\n",
			1+i/24/28%12, 1+i/24%28, 2022+i/24/28/12, i%24, i%30, i%100, 30+i%70, i%9, i%100, 99000+i%2000, i%100)
	}
	return b.Bytes()
}

func benchParse(b *testing.B, data []byte, parse parseFunc) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	records := 0
	emit := func(datpin.Record) error { records++; return nil }
	for b.Loop() {
		st, err := parse(bytes.NewReader(data), "bench", "dev", emit, nil)
		if err != nil || st.Bad != 0 {
			b.Fatalf("%v %+v", err, st)
		}
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkParseGNetTrack(b *testing.B) { benchParse(b, synthGNetTrack(20000), gnet) }

func BenchmarkParseWeather(b *testing.B) { benchParse(b, synthWeather(5000), weather) }

func BenchmarkParseJSONL(b *testing.B) {
	recs := run(synthGNetTrack(20000), "g", "dev-1", gnet).recs
	var buf bytes.Buffer
	if err := telemetry.WriteJSONL(&buf, recs...); err != nil {
		b.Fatal(err)
	}
	benchParse(b, buf.Bytes(), jsonl)
}

func BenchmarkWriteJSONL(b *testing.B) {
	recs := run(synthGNetTrack(20000), "g", "dev-1", gnet).recs
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for i := range recs {
			buf = telemetry.AppendJSONL(buf, &recs[i])
		}
	}
	b.SetBytes(int64(len(buf)))
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "records/s")
}
