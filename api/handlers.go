package api

import (
	"net/http"
	"strconv"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
)

// StatusResponse is /api/v1/status.
type StatusResponse struct {
	ChainID   uint64        `json:"chainId"`
	Addresses evm.Addresses `json:"addresses"`
	Index     index.Stats   `json:"index"`
	Counts    index.Counts  `json:"counts"`
	Params    index.Params  `json:"params"`
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) error {
	c, err := s.DB.Counts(r.Context())
	if err != nil {
		return err
	}
	p, err := s.DB.Params(r.Context())
	if err != nil {
		return err
	}
	resp := StatusResponse{ChainID: s.Suite.ChainID, Addresses: s.Suite.Addresses, Counts: c, Params: p}
	if s.Indexer != nil {
		resp.Index = s.Indexer.Stats()
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) rewardAsset() string { return s.Suite.Token.Hex() }

func (s *Server) stations(w http.ResponseWriter, r *http.Request) error {
	ss, err := s.DB.Stations(r.Context(), s.rewardAsset())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": ss, "total": len(ss)})
	return nil
}

// StationResponse is /api/v1/stations/{address}.
type StationResponse struct {
	*index.Station
	Epochs []index.StationEpoch `json:"epochs"`
	DATs   []index.Token        `json:"dats"`
}

func (s *Server) station(w http.ResponseWriter, r *http.Request) error {
	a, err := addressParam(r.PathValue("address"), "address")
	if err != nil {
		return err
	}
	st, err := s.DB.Station(r.Context(), a, s.rewardAsset())
	if err != nil {
		return err
	}
	eps, err := s.DB.StationEpochs(r.Context())
	if err != nil {
		return err
	}
	toks, err := s.DB.Tokens(r.Context(), index.TokenFilter{Station: a, Limit: 500})
	if err != nil {
		return err
	}
	resp := StationResponse{Station: st, Epochs: eps[a], DATs: toks.Items}
	if resp.Epochs == nil {
		resp.Epochs = []index.StationEpoch{}
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) dats(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := index.TokenFilter{Status: q.Get("status")}
	var err error
	if f.Station, err = addressParam(q.Get("station"), "station"); err != nil {
		return err
	}
	if f.Owner, err = addressParam(q.Get("owner"), "owner"); err != nil {
		return err
	}
	if v := q.Get("epoch"); v != "" {
		e, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return datpin.Errorf(datpin.EINVALID, "epoch must be a non-negative integer")
		}
		ep := uint32(e)
		f.Epoch = &ep
	}
	if v := q.Get("cell"); v != "" {
		if f.Cell, err = index.ParseCell(v); err != nil {
			return err
		}
	}
	if f.Limit, err = intParam(r, "limit", 50); err != nil {
		return err
	}
	if f.Offset, err = intParam(r, "offset", 0); err != nil {
		return err
	}
	p, err := s.DB.Tokens(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) dat(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		return datpin.Errorf(datpin.EINVALID, "token id must be a non-negative integer")
	}
	d, err := s.DB.Token(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// explain answers a token's receipt (explain.Receipt, the JSON of `datpin explain --json`), read
// from the chain and, when the server has a store and an identity, recomputed from the package.
func (s *Server) explain(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		return datpin.Errorf(datpin.EINVALID, "token id must be a non-negative integer")
	}
	if s.Explainer == nil {
		return datpin.Errorf(datpin.EUNAVAILABLE, "this server has no chain to explain tokens from")
	}
	rc, err := s.Explainer.Receipt(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, rc)
	return nil
}

func (s *Server) validators(w http.ResponseWriter, r *http.Request) error {
	vs, err := s.DB.Validators(r.Context())
	if err != nil {
		return err
	}
	p, err := s.DB.Params(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": vs, "total": len(vs), "params": p})
	return nil
}

func (s *Server) epochs(w http.ResponseWriter, r *http.Request) error {
	es, ss, err := s.DB.Epochs(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": es, "settlements": ss})
	return nil
}

func (s *Server) rewards(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", 50)
	if err != nil {
		return err
	}
	if limit < 1 || limit > 500 {
		return datpin.Errorf(datpin.EINVALID, "limit must be 1..500")
	}
	asset := s.rewardAsset()
	if v := r.URL.Query().Get("asset"); v != "" {
		if asset, err = addressParam(v, "asset"); err != nil {
			return err
		}
	}
	rw, err := s.DB.Rewards(r.Context(), asset, limit)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, rw)
	return nil
}

func (s *Server) claims(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var f index.ClaimFilter
	var err error
	if v := q.Get("token"); v != "" {
		if f.Token, err = strconv.ParseUint(v, 10, 64); err != nil {
			return datpin.Errorf(datpin.EINVALID, "token must be a non-negative integer")
		}
	}
	if f.To, err = addressParam(q.Get("to"), "to"); err != nil {
		return err
	}
	if f.Limit, err = intParam(r, "limit", 50); err != nil {
		return err
	}
	if f.Offset, err = intParam(r, "offset", 0); err != nil {
		return err
	}
	p, err := s.DB.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) cells(w http.ResponseWriter, r *http.Request) error {
	cs, err := s.DB.Cells(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": cs, "total": len(cs)})
	return nil
}

func (s *Server) optimization(w http.ResponseWriter, r *http.Request) error {
	o := s.Optimize
	for name, dst := range map[string]*uint16{"gapQuality": &o.GapQuality, "gapMargin": &o.GapMargin, "fallDrop": &o.FallDrop} {
		if v := r.URL.Query().Get(name); v != "" {
			n, err := strconv.ParseUint(v, 10, 16)
			if err != nil || n > datpin.ScoreMax {
				return datpin.Errorf(datpin.EINVALID, "%s must be a score in basis points, 0..%d", name, datpin.ScoreMax)
			}
			*dst = uint16(n)
		}
	}
	res, err := s.DB.Optimize(r.Context(), o)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// whatIfOptions reads the what-if planner's common parameters: records and epochs.
func (s *Server) whatIfOptions(r *http.Request) (index.WhatIfOptions, error) {
	o := index.WhatIfOptions{Asset: s.rewardAsset()}
	q := r.URL.Query()
	if v := q.Get("records"); v != "" {
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil || n == 0 {
			return o, datpin.Errorf(datpin.EINVALID, "records must be a positive record count")
		}
		o.Records = n
	}
	if v := q.Get("epochs"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 365 {
			return o, datpin.Errorf(datpin.EINVALID, "epochs must be 1..365")
		}
		o.Epochs = n
	}
	return o, nil
}

func (s *Server) whatIfSite(w http.ResponseWriter, r *http.Request) error {
	o, err := s.whatIfOptions(r)
	if err != nil {
		return err
	}
	res, err := s.DB.WhatIfSite(r.Context(), r.URL.Query().Get("cell"), o)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

func (s *Server) whatIfMove(w http.ResponseWriter, r *http.Request) error {
	wo, err := s.whatIfOptions(r)
	if err != nil {
		return err
	}
	station, err := addressParam(r.URL.Query().Get("station"), "station")
	if err != nil {
		return err
	}
	o := index.MoveOptions{WhatIfOptions: wo}
	if h, err := s.Suite.Chain.Client.HeaderByNumber(r.Context(), nil); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read the latest block")
	} else if h.BaseFee != nil {
		o.BaseFee = h.BaseFee
	}
	res, err := s.DB.WhatIfMove(r.Context(), station, r.URL.Query().Get("cell"), o)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(OpenAPI)
	return nil
}
