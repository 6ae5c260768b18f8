package main

import (
	"net/url"
	"os"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/store"
)

// newKubo opens the Kubo RPC API at api. A daemon that requires authentication
// (API.Authorizations) gets the Authorization header value from
// DATPIN_IPFS_AUTH (e.g. "Basic dXNlcjpwYXNz" or "Bearer TOKEN"); credentials
// inside the URL are refused, since URLs are printed and logged.
func newKubo(api string) (*store.Kubo, error) {
	if u, err := url.Parse(api); err == nil && u.User != nil {
		return nil, datpin.Errorf(datpin.EINVALID, "the Kubo URL carries credentials: set DATPIN_IPFS_AUTH to the Authorization header instead")
	}
	k, err := store.NewKubo(api)
	if err != nil {
		return nil, err
	}
	k.Authorization = os.Getenv("DATPIN_IPFS_AUTH")
	return k, nil
}
