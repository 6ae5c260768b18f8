package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
)

// idParam parses a path id (a listing or purchase id).
func idParam(r *http.Request, what string) (uint64, error) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, datpin.Errorf(datpin.EINVALID, "%s id must be a non-negative integer", what)
	}
	return id, nil
}

func (s *Server) listings(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", 50)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0)
	if err != nil {
		return err
	}
	p, err := s.DB.Listings(r.Context(), limit, offset)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) listing(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r, "listing")
	if err != nil {
		return err
	}
	l, err := s.DB.Listing(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, l)
	return nil
}

func (s *Server) purchases(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var f index.PurchaseFilter
	var err error
	if f.Buyer, err = addressParam(q.Get("buyer"), "buyer"); err != nil {
		return err
	}
	if v := q.Get("listing"); v != "" {
		if f.Listing, err = strconv.ParseUint(v, 10, 64); err != nil {
			return datpin.Errorf(datpin.EINVALID, "listing must be a non-negative integer")
		}
	}
	if f.Limit, err = intParam(r, "limit", 50); err != nil {
		return err
	}
	if f.Offset, err = intParam(r, "offset", 0); err != nil {
		return err
	}
	p, err := s.DB.Purchases(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) purchase(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r, "purchase")
	if err != nil {
		return err
	}
	p, err := s.DB.Purchase(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) holder(w http.ResponseWriter, r *http.Request) error {
	a, err := addressParam(r.PathValue("address"), "address")
	if err != nil {
		return err
	}
	h, err := s.DB.Holder(r.Context(), a)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, h)
	return nil
}

// VaultResponse is /api/v1/vault.
type VaultResponse struct {
	Address string `json:"address"`
	Plan    string `json:"plan"`
	*index.Vault
}

// requireFreeData refuses FreeData endpoints on a deployment made before the vault existed.
func (s *Server) requireFreeData() error {
	if s.Suite == nil || s.Suite.Vault == (common.Address{}) {
		return datpin.Errorf(datpin.ENOTFOUND, "this deployment has no FreeData vault")
	}
	return nil
}

func (s *Server) vault(w http.ResponseWriter, r *http.Request) error {
	if err := s.requireFreeData(); err != nil {
		return err
	}
	v, err := s.DB.Vault(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, VaultResponse{Address: lower(s.Suite.Vault), Plan: lower(s.Suite.Plan), Vault: v})
	return nil
}

func (s *Server) plan(w http.ResponseWriter, r *http.Request) error {
	if err := s.requireFreeData(); err != nil {
		return err
	}
	a, err := addressParam(r.PathValue("address"), "address")
	if err != nil {
		return err
	}
	p, err := s.DB.Plan(r.Context(), a)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }
