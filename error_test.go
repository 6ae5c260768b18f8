package datpin

import (
	"fmt"
	"net/http"
	"testing"
)

// TestHTTPStatus checks the one table every HTTP server answers errors with: each code has its
// own status, a wrapped error keeps its code's status, and anything else is a 500.
func TestHTTPStatus(t *testing.T) {
	want := map[string]int{
		EINVALID: http.StatusBadRequest, EUNAUTHORIZED: http.StatusUnauthorized, EFORBIDDEN: http.StatusForbidden,
		ENOTFOUND: http.StatusNotFound, ECONFLICT: http.StatusConflict, EEXPIRED: http.StatusGone,
		EUNAVAILABLE: http.StatusServiceUnavailable, EINTERNAL: http.StatusInternalServerError,
	}
	seen := map[int]string{}
	for code, st := range want {
		if got := HTTPStatus(code); got != st {
			t.Errorf("HTTPStatus(%q) = %d, want %d", code, got, st)
		}
		if other, dup := seen[st]; dup {
			t.Errorf("%q and %q share status %d", code, other, st)
		}
		seen[st] = code
	}
	err := fmt.Errorf("upload: %w", Errorf(EFORBIDDEN, "token may not upload station %q", "A1"))
	if got := HTTPStatus(ErrorCode(err)); got != http.StatusForbidden {
		t.Errorf("a wrapped forbidden error answers %d", got)
	}
	if got := HTTPStatus("no-such-code"); got != http.StatusInternalServerError {
		t.Errorf("an unknown code answers %d", got)
	}
}
