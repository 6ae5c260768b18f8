package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/datpin/datpin"
)

// SignatureHeader carries a delivery's signature: "t=UNIX,v1=HEX", where HEX is the
// HMAC-SHA256, keyed by the hook's secret, of the decimal timestamp, a dot and the raw body.
const SignatureHeader = "Datpin-Signature"

// Sign returns the v1 signature of body sent at Unix time t.
func Sign(secret string, t int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(t, 10)))
	m.Write([]byte{'.'})
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// SignatureValue is the header value of body signed at t.
func SignatureValue(secret string, t int64, body []byte) string {
	return "t=" + strconv.FormatInt(t, 10) + ",v1=" + Sign(secret, t, body)
}

// DefaultTolerance is how far a signature's timestamp may be from the receiver's clock.
const DefaultTolerance = 5 * time.Minute

// Verify checks a Datpin-Signature header against body as a receiver does: one of its v1
// signatures must match (compared in constant time), and its timestamp must be within
// tolerance of now, so that a captured delivery cannot be replayed later. A bad or missing
// signature is EUNAUTHORIZED, a stale one EEXPIRED.
func Verify(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var t int64 = -1
	var sigs []string
	for part := range strings.SplitSeq(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return datpin.Errorf(datpin.EUNAUTHORIZED, "%s: bad timestamp", SignatureHeader)
			}
			t = n
		case "v1":
			sigs = append(sigs, v)
		}
	}
	if t < 0 || len(sigs) == 0 {
		return datpin.Errorf(datpin.EUNAUTHORIZED, "%s: want t=UNIX,v1=HEX", SignatureHeader)
	}
	want := []byte(Sign(secret, t, body))
	ok := false
	for _, s := range sigs {
		if hmac.Equal([]byte(s), want) {
			ok = true
		}
	}
	if !ok {
		return datpin.Errorf(datpin.EUNAUTHORIZED, "%s does not match the body", SignatureHeader)
	}
	if d := now.Sub(time.Unix(t, 0)); d > tolerance || d < -tolerance {
		return datpin.Errorf(datpin.EEXPIRED, "%s is %s away from now (tolerance %s)", SignatureHeader, d.Round(time.Second), tolerance)
	}
	return nil
}
