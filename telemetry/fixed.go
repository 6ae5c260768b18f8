package telemetry

import (
	"encoding/binary"
	"math"
	"math/bits"
)

// pow10 holds 10^0 .. 10^19; 10^19 is the largest power of ten a uint64 holds.
var pow10 = [20]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// maxBeforePow10[e] is the largest m with m·10^e ≤ math.MaxInt64: a table,
// so that parsing a number multiplies but never divides to check it.
var maxBeforePow10 [20]uint64

func init() {
	for e, p := range pow10 {
		maxBeforePow10[e] = math.MaxInt64 / p
	}
}

// parseFixed parses a decimal number into an integer scaled by 10^scale,
// rounding half away from zero. It accepts an optional sign, digits, an
// optional fraction and an optional exponent ("-95.5", "51.886140999999995",
// "1e3"), and nothing else: no spaces, no "NaN" or "Inf". It works on the
// decimal digits directly, so "0.1" scaled by 10 is exactly 1.
func parseFixed(b []byte, scale int) (int64, bool) {
	if v, ok := parseShortFixed(b, scale); ok {
		return v, true
	}
	return parseAnyFixed(b, scale)
}

// parseAnyFixed is parseFixed for every form, a digit at a time.
func parseAnyFixed(b []byte, scale int) (int64, bool) {
	i := 0
	neg := false
	if i < len(b) && (b[i] == '-' || b[i] == '+') {
		neg = b[i] == '-'
		i++
	}
	var m uint64 // significant digits kept (at most 19)
	exp := scale // decimal exponent applied to m
	digits := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		digits++
		if m < 1e18 {
			m = m*10 + uint64(b[i]-'0')
		} else {
			exp++ // digits past the 19th cannot change a rounded int64
		}
	}
	if i < len(b) && b[i] == '.' {
		i++
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			digits++
			if m < 1e18 {
				m = m*10 + uint64(b[i]-'0')
				exp--
			}
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		eneg := false
		if i < len(b) && (b[i] == '-' || b[i] == '+') {
			eneg = b[i] == '-'
			i++
		}
		e, ed := 0, 0
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			ed++
			if e < 10000 {
				e = e*10 + int(b[i]-'0')
			}
		}
		if ed == 0 {
			return 0, false
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(b) {
		return 0, false
	}
	v, ok := scaled(m, exp)
	if !ok {
		return 0, false
	}
	return signed(v, neg)
}

// scaled returns m·10^exp rounded half away from zero, as parseAnyFixed
// does, or false if it does not fit an int64.
func scaled(m uint64, exp int) (uint64, bool) {
	switch {
	case m == 0:
		return 0, true
	case exp >= 0:
		if exp > 19 || m > maxBeforePow10[exp] {
			return 0, false
		}
		return m * pow10[exp], true
	case exp < -19:
		return 0, true
	}
	p := pow10[-exp]
	q, r := m/p, m%p
	if r >= p-r {
		q++
	}
	return q, true
}

func signed(v uint64, neg bool) (int64, bool) {
	if v > math.MaxInt64 {
		return 0, false
	}
	if neg {
		return -int64(v), true
	}
	return int64(v), true
}

// SWAR masks: each byte 0x0f, 0x7f, 0xf0, 0x80, '0', 6.
const (
	swarNibbles = 0x0f0f0f0f0f0f0f0f
	swarHigh    = 0xf0f0f0f0f0f0f0f0
	swarTop     = 0x8080808080808080
	swarZeros   = 0x3030303030303030
	swarSixes   = 0x0606060606060606
)

// nonDigits returns the top bit of each byte of x that is not an ASCII digit.
func nonDigits(x uint64) uint64 {
	a := x ^ swarZeros // digits become 0..9
	t := a&swarHigh | (a&swarNibbles+swarSixes)&swarHigh
	return (t | (t&swarLow7 + swarLow7)) & swarTop
}

// digitsValue returns the number written by the first n (0..8) bytes of x,
// ASCII digits, the first byte the most significant digit.
func digitsValue(x uint64, n int) uint64 {
	v := x & swarNibbles << (8 * (8 - n))
	v = (v*10 + v>>8) & 0x00ff00ff00ff00ff
	v = (v*100 + v>>16) & 0x0000ffff0000ffff
	return (v*10000 + v>>32) & 0xffffffff
}

// parseShortFixed is parseFixed for the usual forms, an optional sign, one
// to seven digits and an optional point with one to eight digits, eight
// bytes at a time. It reads the 16 bytes from the start of the number,
// within the capacity of b (the bytes past its end count for nothing), so
// that the words come straight from the input; with less room, or for any
// other form, it returns false and parseAnyFixed decides.
func parseShortFixed(b []byte, scale int) (int64, bool) {
	neg := false
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		neg = b[0] == '-'
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 16 || cap(b) < 16 {
		return 0, false
	}
	w := b[:16]
	lo, hi := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
	nd := nonDigits(lo)
	if len(b) < 8 {
		nd |= swarTop &^ (1<<(8*uint(len(b))) - 1) // the bytes past the end
	}
	if nd == 0 {
		return 0, false // eight digits or more before the point
	}
	il := bits.TrailingZeros64(nd) >> 3
	if il == 0 {
		return 0, false
	}
	m, exp := digitsValue(lo, il), scale
	if il < len(b) {
		fl := len(b) - il - 1
		if b[il] != '.' || fl == 0 || fl > 8 {
			return 0, false
		}
		sh := 8 * uint(il+1)
		f := lo>>sh | hi<<(64-sh)
		if nonDigits(f)&(1<<(8*uint(fl))-1) != 0 { // the mask is all ones for fl = 8
			return 0, false
		}
		m = m*pow10[fl] + digitsValue(f, fl)
		exp -= fl
	}
	v, ok := scaled(m, exp)
	if !ok {
		return 0, false
	}
	return signed(v, neg)
}

// parseInt parses an unsigned run of decimal digits of exactly len(b) bytes.
func parseUint(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// unixMilli converts a UTC civil time to Unix milliseconds, or false when a
// part is out of range.
func unixMilli(y, mo, d, h, mi, s, ms int) (int64, bool) {
	if y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) ||
		h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0 || ms > 999 {
		return 0, false
	}
	days := daysFromCivil(y, mo, d)
	return ((days*24+int64(h))*60+int64(mi))*60000 + int64(s)*1000 + int64(ms), true
}

// parseGNetTime parses G-NetTrack's "2019.12.16_13.40.04", taken as UTC.
func parseGNetTime(b []byte) (int64, bool) {
	if len(b) != 19 || b[4] != '.' || b[7] != '.' || b[10] != '_' || b[13] != '.' || b[16] != '.' {
		return 0, false
	}
	y, ok1 := parseUint(b[0:4])
	mo, ok2 := parseUint(b[5:7])
	d, ok3 := parseUint(b[8:10])
	h, ok4 := parseUint(b[11:13])
	mi, ok5 := parseUint(b[14:16])
	s, ok6 := parseUint(b[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return 0, false
	}
	return unixMilli(y, mo, d, h, mi, s, 0)
}

// parseRFC3339 parses "2026-01-02T03:04:05Z", with optional fractional
// seconds (truncated to milliseconds) and a "Z" or "±hh:mm" offset. A space
// may stand for the "T".
func parseRFC3339(b []byte) (int64, bool) {
	if len(b) < 20 || b[4] != '-' || b[7] != '-' || (b[10] != 'T' && b[10] != 't' && b[10] != ' ') ||
		b[13] != ':' || b[16] != ':' {
		return 0, false
	}
	y, ok1 := parseUint(b[0:4])
	mo, ok2 := parseUint(b[5:7])
	d, ok3 := parseUint(b[8:10])
	h, ok4 := parseUint(b[11:13])
	mi, ok5 := parseUint(b[14:16])
	s, ok6 := parseUint(b[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return 0, false
	}
	rest := b[19:]
	ms := 0
	if rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			if n <= 3 {
				ms = ms*10 + int(rest[n]-'0')
			}
			n++
		}
		if n == 1 {
			return 0, false
		}
		for k := n; k <= 3; k++ {
			ms *= 10
		}
		rest = rest[n:]
	}
	off := 0
	switch {
	case len(rest) == 1 && (rest[0] == 'Z' || rest[0] == 'z'):
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := parseUint(rest[1:3])
		om, ok2 := parseUint(rest[4:6])
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return 0, false
		}
		off = (oh*60 + om) * 60000
		if rest[0] == '-' {
			off = -off
		}
	default:
		return 0, false
	}
	t, ok := unixMilli(y, mo, d, h, mi, s, ms)
	return t - int64(off), ok
}

// parseUSDateTime parses "6/20/2022 1:00" or "6/20/2022 1:00:00" (month,
// day, year, then hours and minutes), taken as UTC.
func parseUSDateTime(b []byte) (int64, bool) {
	var part [6]int
	seps := [5]byte{'/', '/', ' ', ':', ':'}
	n := 0
	start := 0
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] >= '0' && b[i] <= '9' {
			continue
		}
		if n >= len(part) || (i < len(b) && (n >= len(seps) || b[i] != seps[n])) {
			return 0, false
		}
		v, ok := parseUint(b[start:i])
		if !ok {
			return 0, false
		}
		part[n] = v
		n++
		start = i + 1
	}
	if n < 5 {
		return 0, false
	}
	return unixMilli(part[2], part[0], part[1], part[3], part[4], part[5], 0)
}

// parseTimeField parses a weather time: US "6/20/2022 1:00" or RFC 3339
// (with or without seconds and zone; no zone means UTC).
func parseTimeField(b []byte) (int64, bool) {
	if len(b) >= 10 && b[4] == '-' {
		if t, ok := parseRFC3339(b); ok {
			return t, true
		}
		// "2022-06-20 01:00" or "2022-06-20T01:00:00" without a zone.
		var buf [32]byte
		if len(b) == 16 && (b[10] == ' ' || b[10] == 'T') {
			n := copy(buf[:], b)
			n += copy(buf[n:], ":00Z")
			return parseRFC3339(buf[:n])
		}
		if len(b) == 19 {
			n := copy(buf[:], b)
			buf[n] = 'Z'
			return parseRFC3339(buf[:n+1])
		}
		return 0, false
	}
	return parseUSDateTime(b)
}
