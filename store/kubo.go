package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/datpin/datpin"
)

var _ datpin.ContentStore = (*Kubo)(nil)

// Kubo limits and defaults.
const (
	// DefaultKuboTimeout bounds each request unless the context ends sooner.
	DefaultKuboTimeout = 30 * time.Second
	// KuboSoftBlockLimit is the largest block Kubo accepts without
	// allow-big-block, and the largest that peers exchange over bitswap.
	KuboSoftBlockLimit = 2 << 20
	// MaxBlockSize bounds the blocks Get reads.
	MaxBlockSize = 64 << 20
)

// Kubo is a ContentStore backed by an IPFS Kubo daemon's HTTP RPC API. It
// stores each block with block/put (raw codec, sha2-256, pinned), so the
// daemon reports the same CID as Local, and it checks every CID and every
// byte the daemon returns.
//
// Errors: a daemon that cannot be reached, times out or fails is
// EUNAVAILABLE; a missing block is ENOTFOUND; a block whose bytes do not
// match its CID is EINVALID; a daemon that answers with another CID than
// the bytes have is EINTERNAL.
//
// Get fetches from the network when the daemon is online and lacks the
// block, until Timeout. Blocks above KuboSoftBlockLimit (2 MiB) are stored
// with allow-big-block; peers may refuse to exchange them.
type Kubo struct {
	base   string // e.g. http://127.0.0.1:5001
	client *http.Client

	// Timeout bounds each request (DefaultKuboTimeout if zero).
	Timeout time.Duration
	// Authorization, if set, is sent as the Authorization header, for a
	// daemon with API.Authorizations.
	Authorization string
}

// NewKubo returns a client of the daemon whose RPC API listens at api,
// either a URL ("http://127.0.0.1:5001") or the multiaddr that Kubo writes
// to $IPFS_PATH/api ("/ip4/127.0.0.1/tcp/5001").
func NewKubo(api string) (*Kubo, error) {
	base, err := kuboBase(api)
	if err != nil {
		return nil, err
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	return &Kubo{base: base, client: &http.Client{Transport: t}}, nil
}

func kuboBase(api string) (string, error) {
	api = strings.TrimSpace(api)
	if strings.HasPrefix(api, "/") {
		parts := strings.Split(api, "/")
		if len(parts) != 5 || parts[3] != "tcp" {
			return "", datpin.Errorf(datpin.EINVALID, "unsupported Kubo API address %q", api)
		}
		host := parts[2]
		switch parts[1] {
		case "ip4", "dns", "dns4", "dns6":
		case "ip6":
			host = "[" + host + "]"
		default:
			return "", datpin.Errorf(datpin.EINVALID, "unsupported Kubo API address %q", api)
		}
		return "http://" + host + ":" + parts[4], nil
	}
	u, err := url.Parse(api)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", datpin.Errorf(datpin.EINVALID, "Kubo API address %q is not an http URL", api)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// URL returns the base URL of the daemon's API.
func (k *Kubo) URL() string { return k.base }

// Put stores data as a pinned block and returns its CID, after checking
// that the daemon computed the same CID.
func (k *Kubo) Put(ctx context.Context, data []byte) (string, error) {
	want := CID(data)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "block")
	if err == nil {
		_, err = fw.Write(data)
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return "", datpin.Wrap(datpin.EINTERNAL, err, "cannot build block/put request")
	}
	q := url.Values{"cid-codec": {"raw"}, "mhtype": {"sha2-256"}, "mhlen": {"32"}, "pin": {"true"}}
	if len(data) > KuboSoftBlockLimit {
		q.Set("allow-big-block", "true")
	}
	var out struct {
		Key  string
		Size int64
	}
	resp, err := k.call(ctx, "block/put", q, want, mw.FormDataContentType(), body.Bytes())
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&out); err != nil {
		return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "unreadable block/put response")
	}
	if out.Key != want || out.Size != int64(len(data)) {
		return "", datpin.Errorf(datpin.EINTERNAL, "Kubo stored %d bytes as %s, want %d bytes as %s", out.Size, out.Key, len(data), want)
	}
	return want, nil
}

// Get returns the block c, checked against c.
func (k *Kubo) Get(ctx context.Context, c string) ([]byte, error) {
	d, err := Digest(c)
	if err != nil {
		return nil, err
	}
	resp, err := k.call(ctx, "block/get", url.Values{"arg": {c}}, c, "", nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxBlockSize+1))
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "cannot read block %s from Kubo", c)
	}
	if e := resp.Trailer.Get("X-Stream-Error"); e != "" {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, errors.New(e), "Kubo failed sending block %s", c)
	}
	if len(data) > MaxBlockSize {
		return nil, datpin.Errorf(datpin.EINVALID, "block %s is larger than %d bytes", c, MaxBlockSize)
	}
	if err := check(c, d, data); err != nil {
		return nil, err
	}
	return data, nil
}

// Has reports whether the daemon holds c locally; it does not search the
// network.
func (k *Kubo) Has(ctx context.Context, c string) (bool, error) {
	if _, err := Digest(c); err != nil {
		return false, err
	}
	resp, err := k.call(ctx, "block/stat", url.Values{"arg": {c}, "offline": {"true"}}, c, "", nil)
	if datpin.ErrorCode(err) == datpin.ENOTFOUND {
		return false, nil
	} else if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var out struct{ Key string }
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&out); err != nil {
		return false, datpin.Wrap(datpin.EUNAVAILABLE, err, "unreadable block/stat response")
	}
	if out.Key != c {
		return false, datpin.Errorf(datpin.EINTERNAL, "Kubo answered block/stat for %s with %s", c, out.Key)
	}
	return true, nil
}

// call POSTs an RPC command and returns the response of a 200, or a coded
// error. The caller closes the body. The body is read within the timeout.
func (k *Kubo) call(ctx context.Context, cmd string, q url.Values, key, contentType string, body []byte) (*http.Response, error) {
	timeout := k.Timeout
	if timeout <= 0 {
		timeout = DefaultKuboTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.base+"/api/v0/"+cmd+"?"+q.Encode(), bytes.NewReader(body))
	if err != nil {
		cancel()
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot build Kubo request")
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if k.Authorization != "" {
		req.Header.Set("Authorization", k.Authorization)
	}
	// Every call is idempotent (content-addressed); saying so lets the
	// transport retry on a kept-alive connection that a restarted daemon
	// has closed.
	req.Header.Set("Idempotency-Key", key)
	resp, err := k.client.Do(req)
	if err != nil {
		cancel()
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "Kubo %s failed", cmd)
	}
	resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	if resp.StatusCode == http.StatusOK {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, kuboError(cmd, key, resp)
}

type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// kuboError turns a failed RPC response into a coded error. Kubo answers
// most failures with HTTP 500 and {"Message": …, "Code": …, "Type": "error"}.
func kuboError(cmd, key string, resp *http.Response) error {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var e struct{ Message string }
	msg := strings.TrimSpace(string(raw))
	if json.Unmarshal(raw, &e) == nil && e.Message != "" {
		msg = e.Message
	}
	cause := fmt.Errorf("HTTP %d: %s", resp.StatusCode, msg)
	switch {
	case resp.StatusCode == http.StatusNotFound && msg == "404 page not found":
		return datpin.Wrap(datpin.EUNAVAILABLE, cause, "Kubo has no %s command", cmd)
	case resp.StatusCode == http.StatusNotFound || strings.Contains(msg, "not found") || strings.Contains(msg, "could not find"):
		return datpin.Wrap(datpin.ENOTFOUND, cause, "block %s not found", key)
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return datpin.Wrap(datpin.EUNAUTHORIZED, cause, "Kubo refused %s", cmd)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return datpin.Wrap(datpin.EINTERNAL, cause, "Kubo rejected %s", cmd)
	}
	return datpin.Wrap(datpin.EUNAVAILABLE, cause, "Kubo %s failed", cmd)
}
