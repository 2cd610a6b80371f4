// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// maxLimitRetries bounds the waits of one request on M_LIMIT_EXCEEDED; the caller's own
// retry logic takes over after that.
const maxLimitRetries = 5

// limitTransport honours M_LIMIT_EXCEEDED for every request of the client, including
// the ones mautrix's crypto machine makes on its own (key uploads, key claims, to-device
// messages): it waits retry_after_ms (or Retry-After) and sends the request again, as
// long as the request's deadline allows.
type limitTransport struct {
	base http.RoundTripper
	log  *slog.Logger
}

// RoundTrip sends req, waiting and sending it again on M_LIMIT_EXCEEDED.
func (t limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := t.base.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests || attempt >= maxLimitRetries {
			return resp, err
		}
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		wait := limitWait(body, resp.Header.Get("Retry-After"))
		if req.Body != nil && req.GetBody == nil {
			return resp, nil // the body cannot be sent again
		}
		if deadline, ok := req.Context().Deadline(); ok && time.Until(deadline) < wait {
			return resp, nil
		}
		t.log.Warn("rate limited by the homeserver; waiting", "path", req.URL.Path, "retry_after", wait)
		if !guard.Sleep(req.Context(), wait) {
			return resp, nil
		}
		next := req.Clone(req.Context())
		if req.GetBody != nil {
			if next.Body, err = req.GetBody(); err != nil {
				return resp, nil
			}
		}
		req = next
	}
}

// limitWait reads retry_after_ms from an M_LIMIT_EXCEEDED body, else the Retry-After
// header in seconds, else one second; at most a minute.
func limitWait(body []byte, header string) time.Duration {
	var e struct {
		RetryAfterMS int64 `json:"retry_after_ms"`
	}
	if json.Unmarshal(body, &e) == nil && e.RetryAfterMS > 0 {
		return min(time.Duration(e.RetryAfterMS)*time.Millisecond, time.Minute)
	}
	if s, err := strconv.Atoi(header); err == nil && s > 0 {
		return min(time.Duration(s)*time.Second, time.Minute)
	}
	return time.Second
}
