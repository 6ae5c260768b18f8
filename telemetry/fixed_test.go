package telemetry

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

func TestParseFixed(t *testing.T) {
	for _, tc := range []struct {
		in    string
		scale int
		want  int64
		ok    bool
	}{
		{"-95.5", 1, -955, true},
		{"-95", 1, -950, true},
		{"51.886140999999995", 7, 518861410, true},
		{"-8.394627999999999", 7, -83946280, true},
		{"0.05", 1, 1, true},   // half away from zero
		{"-0.05", 1, -1, true}, // half away from zero
		{"0.0499999", 1, 0, true},
		{"1e3", 0, 1000, true},
		{"1.5E-1", 1, 2, true},
		{"+7", 0, 7, true},
		{"007", 0, 7, true},
		{"2147483647.0", 1, 21474836470, true},
		{"0.61", 5, 61000, true},
		{"99616.09", 1, 996161, true},
		{"123456789012345678901234", 0, 0, false},
		{"9223372036854775807", 0, 9223372036854775807, true},
		{"9223372036854775808", 0, 0, false},
		{"1e-30", 3, 0, true},
		{"", 1, 0, false},
		{"-", 1, 0, false},
		{".", 1, 0, false},
		{"1.2.3", 1, 0, false},
		{"NaN", 1, 0, false},
		{"1e", 1, 0, false},
		{" 1", 1, 0, false},
		{"1 ", 1, 0, false},
	} {
		got, ok := parseFixed([]byte(tc.in), tc.scale)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseFixed(%q, %d) = %d, %v; want %d, %v", tc.in, tc.scale, got, ok, tc.want, tc.ok)
		}
	}
}

// FuzzParseFixed compares parseFixed with strconv.ParseFloat where a float64
// can tell the answer.
func FuzzParseFixed(f *testing.F) {
	for _, s := range []string{"-95.5", "51.886140999999995", "0.05", "1e3", "12345.678", "-0.0004"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, scale int) {
		if scale < 0 || scale > 7 {
			return
		}
		got, ok := parseFixed([]byte(s), scale)
		fv, err := strconv.ParseFloat(s, 64)
		if !ok {
			return
		}
		if err != nil && !isRangeErr(err) {
			t.Fatalf("parseFixed(%q) ok but ParseFloat: %v", s, err)
		}
		want := fv * math.Pow10(scale)
		if math.Abs(want) > 1e15 {
			return
		}
		if d := math.Abs(float64(got) - want); d > 0.5+1e-6*math.Abs(want) {
			t.Fatalf("parseFixed(%q, %d) = %d, float says %f", s, scale, got, want)
		}
	})
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func TestParseTimes(t *testing.T) {
	utc := func(s string) int64 {
		tm, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UnixMilli()
	}
	for _, tc := range []struct {
		in   string
		fn   func([]byte) (int64, bool)
		want int64
		ok   bool
	}{
		{"2019.12.16_13.40.04", parseGNetTime, utc("2019-12-16T13:40:04Z"), true},
		{"2020.02.29_23.59.59", parseGNetTime, utc("2020-02-29T23:59:59Z"), true},
		{"2019.02.29_00.00.00", parseGNetTime, 0, false},
		{"2019.12.16 13.40.04", parseGNetTime, 0, false},
		{"2019.12.16_24.00.00", parseGNetTime, 0, false},
		{"2026-01-02T03:04:05Z", parseRFC3339, utc("2026-01-02T03:04:05Z"), true},
		{"2026-01-02T03:04:05.1234567Z", parseRFC3339, utc("2026-01-02T03:04:05.123Z"), true},
		{"2026-01-02T03:04:05.5-02:30", parseRFC3339, utc("2026-01-02T05:34:05.5Z"), true},
		{"2026-01-02T03:04:05", parseRFC3339, 0, false},
		{"2026-01-02T03:04:05.Z", parseRFC3339, 0, false},
		{"6/20/2022 1:00", parseTimeField, utc("2022-06-20T01:00:00Z"), true},
		{"12/31/2023 23:59:30", parseTimeField, utc("2023-12-31T23:59:30Z"), true},
		{"2022-06-20 01:00", parseTimeField, utc("2022-06-20T01:00:00Z"), true},
		{"2022-06-20T01:00:00", parseTimeField, utc("2022-06-20T01:00:00Z"), true},
		{"6/20/2022", parseTimeField, 0, false},
		{"6/20/2022 1:00:00:00", parseTimeField, 0, false},
		{"6//2022 1:00", parseTimeField, 0, false},
		{"13/20/2022 1:00", parseTimeField, 0, false},
	} {
		got, ok := tc.fn([]byte(tc.in))
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("%q: %d %v, want %d %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDaysFromCivil(t *testing.T) {
	for d := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2500; d = d.AddDate(0, 0, 13) {
		if got := daysFromCivil(d.Year(), int(d.Month()), d.Day()); got != d.Unix()/86400 {
			t.Fatalf("%v: %d, want %d", d, got, d.Unix()/86400)
		}
	}
}

// roomy returns s in a slice with room for 16 bytes after its start,
// followed by digits and points that must not count.
func roomy(s []byte) []byte {
	return append(append([]byte(nil), s...), "9.99999999.9999999"...)[:len(s)]
}

// TestParseShortFixed: the word-at-a-time path gives what the general one
// gives, for every input it takes, and takes the usual forms.
func TestParseShortFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789.-+e/:\x00 "
	for i := range 200_000 {
		var b []byte
		switch i % 3 {
		case 0: // anything short over a telling alphabet
			for range rng.IntN(19) {
				b = append(b, alphabet[rng.IntN(len(alphabet))])
			}
		default: // numbers as devices write them
			if rng.IntN(2) == 0 {
				b = append(b, '-')
			}
			b = strconv.AppendUint(b, rng.Uint64N(pow10[1+rng.IntN(9)]), 10)
			if fl := rng.IntN(10); fl > 0 {
				b = append(b, '.')
				for range fl {
					b = append(b, byte('0'+rng.IntN(10)))
				}
			}
		}
		scale := rng.IntN(9)
		got, ok := parseShortFixed(roomy(b), scale)
		want, wantOK := parseAnyFixed(b, scale)
		if ok && (got != want || !wantOK) {
			t.Fatalf("parseShortFixed(%q, %d) = %d; the general path says %d, %v", b, scale, got, want, wantOK)
		}
	}
	for _, s := range []string{"-8.501713", "51.894272", "12", "-105", "7.0", "0", "-0.5", "1234567.12345678", "+3"} {
		if _, ok := parseShortFixed(roomy([]byte(s)), 7); !ok {
			t.Errorf("parseShortFixed(%q) left it to the general path", s)
		}
	}
	if _, ok := parseShortFixed([]byte("12"), 0); ok {
		t.Error("parseShortFixed read past the capacity of its input")
	}
	for _, s := range []string{"12345678", "1e3", ".5", "5.", "-", "", "1.2.3", "1.123456789", "0x1"} {
		if _, ok := parseShortFixed(roomy([]byte(s)), 1); ok {
			t.Errorf("parseShortFixed(%q) took it", s)
		}
	}
}
