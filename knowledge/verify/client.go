// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// UserAgent names Boussole and where to find it, so that a site owner who sees the checks
// in a log knows who asks and why.
const UserAgent = "Boussole-kb-verify/1 (+https://github.com/boussole-libre/boussole)"

// client is the polite HTTP client every check shares: a global limit on requests in
// flight, one request at a time on each host and at least one interval between the end of
// one and the start of the next, a timeout per request, retries on 429 and
// 5xx that honour Retry-After, and redirects followed hop by hop so that every hop is
// rate-limited and reported.
type client struct {
	hc           *http.Client
	sem          chan struct{}
	interval     func(host string) time.Duration
	timeout      time.Duration
	retries      int
	maxRetryWait time.Duration
	now          func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostState
}

// hostState serialises the requests to one host: tok is held by the request in progress
// (or waiting for its turn); last is when the previous request ended.
type hostState struct {
	tok       chan struct{}
	mu        sync.Mutex
	last      time.Time
	notBefore time.Time // set by Retry-After or an exhausted rate limit
}

func newClient(o *Options) *client {
	rt := o.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	return &client{
		hc: &http.Client{Transport: rt, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // redirects are followed by get, hop by hop
		}},
		sem:          make(chan struct{}, o.Concurrency),
		interval:     o.hostInterval,
		timeout:      o.Timeout,
		retries:      o.Retries,
		maxRetryWait: o.MaxRetryWait,
		now:          time.Now,
		hosts:        map[string]*hostState{},
	}
}

func (c *client) host(h string) *hostState {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.hosts[h]
	if !ok {
		s = &hostState{tok: make(chan struct{}, 1)}
		c.hosts[h] = s
	}
	return s
}

// RateLimitedError says a host asked us to wait longer than we are willing to.
type RateLimitedError struct {
	Host  string
	Until time.Time
}

func (e *RateLimitedError) Error() string {
	return fmt.Sprintf("%s: rate limit, retry after %s", e.Host, e.Until.Format(time.RFC3339))
}

// turn waits for the host's turn and a global slot. The host is held until the returned
// function is called at the end of the request, which is when the next request's interval
// starts: so the host sees its requests at least one interval apart, however long a
// connection took to set up.
func (c *client) turn(ctx context.Context, host string) (func(), error) {
	h := c.host(host)
	select {
	case h.tok <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-h.tok }
	h.mu.Lock()
	at := h.last.Add(c.interval(host))
	if h.notBefore.After(at) {
		at = h.notBefore
	}
	h.mu.Unlock()
	if err := c.waitUntil(ctx, host, at); err != nil {
		release()
		return nil, err
	}
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		release()
		return nil, ctx.Err()
	}
	return func() {
		<-c.sem
		h.mu.Lock()
		h.last = c.now()
		h.mu.Unlock()
		release()
	}, nil
}

// waitUntil sleeps until at, or fails when a host asks to wait longer than we accept.
func (c *client) waitUntil(ctx context.Context, host string, at time.Time) error {
	wait := at.Sub(c.now())
	if wait > c.maxRetryWait {
		return &RateLimitedError{Host: host, Until: at}
	}
	if wait <= 0 {
		return nil
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pause makes every request to host wait until t.
func (c *client) pause(host string, t time.Time) {
	h := c.host(host)
	h.mu.Lock()
	if t.After(h.notBefore) {
		h.notBefore = t
	}
	h.mu.Unlock()
}

// Hop is one step of a redirect chain.
type Hop struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
}

// response is what get returns: the final status, headers and at most limit bytes of body.
type response struct {
	Status int
	Header http.Header
	Body   []byte
	URL    string // the final URL, after redirects
	Chain  []Hop  // the redirects followed, in order
}

const maxHops = 10

// get fetches rawURL with the given headers, following redirects when follow is set.
func (c *client) get(ctx context.Context, rawURL string, hdr http.Header, limit int64, follow bool) (*response, error) {
	cur := rawURL
	var chain []Hop
	for hop := 0; ; hop++ {
		r, err := c.once(ctx, cur, hdr, limit)
		if err != nil {
			return nil, err
		}
		r.Chain = chain
		loc := r.Header.Get("Location")
		if !follow || !isRedirect(r.Status) || loc == "" {
			return r, nil
		}
		if hop == maxHops {
			return nil, fmt.Errorf("%s: more than %d redirects", rawURL, maxHops)
		}
		next, err := url.Parse(cur)
		if err == nil {
			next, err = next.Parse(loc)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: bad redirect %q: %w", cur, loc, err)
		}
		chain = append(chain, Hop{URL: cur, Status: r.Status})
		cur = next.String()
	}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// once fetches one URL without following redirects, retrying on 429 and 5xx.
func (c *client) once(ctx context.Context, rawURL string, hdr http.Header, limit int64) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("bad URL %q", rawURL)
	}
	for attempt := 0; ; attempt++ {
		r, err := c.attempt(ctx, u, hdr, limit)
		if err != nil {
			return nil, err
		}
		wait, retry := c.retryAfter(r, attempt)
		if !retry {
			return r, nil
		}
		until := c.now().Add(wait)
		if wait > c.maxRetryWait {
			c.pause(u.Host, until)
			return nil, &RateLimitedError{Host: u.Host, Until: until}
		}
		c.pause(u.Host, until)
	}
}

// attempt makes one request, in the host's turn, with its own timeout.
func (c *client) attempt(ctx context.Context, u *url.URL, hdr http.Header, limit int64) (*response, error) {
	release, err := c.turn(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	rctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("request %s: %w", u, err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", UserAgent)
	if req.Header.Get("Accept-Language") == "" {
		req.Header.Set("Accept-Language", "fr, en;q=0.5")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("read %s: %w", u, err)
	}
	return &response{Status: resp.StatusCode, Header: resp.Header, Body: body, URL: u.String()}, nil
}

// retryAfter decides whether a response is worth another try, and after how long: 429,
// 5xx, and GitHub's 403 with an exhausted rate limit. Retry-After wins; then the
// x-ratelimit-reset / RateLimit-Reset headers; else a short backoff.
func (c *client) retryAfter(r *response, attempt int) (time.Duration, bool) {
	limited := r.Status == http.StatusTooManyRequests ||
		(r.Status == http.StatusForbidden && r.Header.Get("X-RateLimit-Remaining") == "0")
	transient := r.Status == http.StatusBadGateway || r.Status == http.StatusServiceUnavailable ||
		r.Status == http.StatusGatewayTimeout || r.Status == http.StatusInternalServerError
	if !limited && !transient {
		return 0, false
	}
	wait, ok := parseRetryAfter(r.Header.Get("Retry-After"), c.now())
	if !ok && limited {
		wait, ok = parseReset(r.Header, c.now())
	}
	if !ok {
		wait = time.Duration(attempt+1) * time.Second
	}
	if attempt >= c.retries && wait <= c.maxRetryWait {
		return 0, false // out of tries: the caller sees the 429/5xx
	}
	return wait, true
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 86400)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return min(max(t.Sub(now), 0), 24*time.Hour), true
	}
	return 0, false
}

// parseReset reads GitHub's x-ratelimit-reset (UTC epoch seconds) or GitLab's
// RateLimit-Reset (same form).
func parseReset(h http.Header, now time.Time) (time.Duration, bool) {
	for _, k := range []string{"X-RateLimit-Reset", "RateLimit-Reset"} {
		if n, err := strconv.ParseInt(strings.TrimSpace(h.Get(k)), 10, 64); err == nil && n > 0 {
			return max(time.Unix(n, 0).Sub(now), 0), true
		}
	}
	return 0, false
}
