package datpin

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The HTTP API maps them to statuses in one
// table; reverts decoded from the chain map to the same codes.
const (
	ECONFLICT     = "conflict"     // the action conflicts with current state (e.g. root already anchored)
	EINTERNAL     = "internal"     // a bug or an unexpected failure
	EINVALID      = "invalid"      // the input is malformed or out of range
	ENOTFOUND     = "not_found"    // the entity does not exist
	EUNAUTHORIZED = "unauthorized" // the caller is not authenticated (no or a bad credential)
	EFORBIDDEN    = "forbidden"    // the caller is known but may not do this
	EUNAVAILABLE  = "unavailable"  // a dependency (chain, store) is down; retry later
	EEXPIRED      = "expired"      // the token, signature or window has expired
)

// HTTPStatus is the HTTP status of an error code: the one table every HTTP server of datpin
// answers errors with. An unknown code is 500.
func HTTPStatus(code string) int {
	switch code {
	case EINVALID:
		return 400
	case EUNAUTHORIZED:
		return 401
	case EFORBIDDEN:
		return 403
	case ENOTFOUND:
		return 404
	case ECONFLICT:
		return 409
	case EEXPIRED:
		return 410
	case EUNAVAILABLE:
		return 503
	}
	return 500
}

// Error is datpin's coded error. Message is safe to show to a user; Detail may
// carry machine-readable context (for reverts: the custom error's name and
// arguments).
type Error struct {
	Code    string
	Message string
	Detail  map[string]any
	Err     error // wrapped cause, may be nil
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return fmt.Sprintf("datpin %s: %v", e.Code, e.Err)
	}
	if e.Err != nil {
		return fmt.Sprintf("datpin %s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("datpin %s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error with the code that wraps err.
func Wrap(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		if e.Message != "" {
			return e.Message
		}
		if e.Err != nil {
			return e.Err.Error()
		}
	}
	return "internal error"
}
