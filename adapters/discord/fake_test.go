// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeDiscord is an in-process Discord on 127.0.0.1 speaking the real protocol: the REST
// endpoints the adapter uses and the gateway WebSocket (Hello, Identify/Resume, Ready,
// heartbeats, dispatches). It records every REST call for the tests to inspect.
type fakeDiscord struct {
	t         *testing.T
	srv       *httptest.Server
	token     string // the token it accepts (without "Bot ")
	botID     string
	appID     string
	sessionID string

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every recorded event
	recs       []rec
	identifies []identifyData
	resumes    []resumeData
	live       *fakeConn // the connection that completed its handshake
	all        []*websocket.Conn
	seq        int64
	limits     map[string]rateLimitPlan // path → 429s still to send
	closed     bool
	wg         sync.WaitGroup
}

type rec struct {
	Method, Path string
	Body         []byte
	At           time.Time
	Status       int
}

type identifyData struct {
	Token   string `json:"token"`
	Intents int    `json:"intents"`
}

type resumeData struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

type rateLimitPlan struct {
	count      int
	retryAfter float64 // seconds
}

type fakeConn struct {
	mu sync.Mutex
	c  *websocket.Conn
}

func (fc *fakeConn) write(v any) error {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	return fc.c.WriteJSON(v)
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{t: t, token: "test-token", botID: "100", appID: "200", sessionID: "sess-1",
		changed: make(chan struct{}), limits: map[string]rateLimitPlan{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gw/", f.gateway)
	mux.HandleFunc("/", f.rest)
	f.srv = httptest.NewServer(mux)
	return f
}

// close stops the fake: closes every WebSocket and the HTTP server, and waits for its
// goroutines.
func (f *fakeDiscord) close() {
	f.mu.Lock()
	f.closed = true
	for _, c := range f.all {
		c.Close()
	}
	f.mu.Unlock()
	f.srv.Close()
	f.wg.Wait()
}

func (f *fakeDiscord) notify() { // f.mu held
	close(f.changed)
	f.changed = make(chan struct{})
}

// rateLimit makes the next n requests to path answer 429 with retry_after seconds.
func (f *fakeDiscord) rateLimit(path string, n int, retryAfter float64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limits[path] = rateLimitPlan{count: n, retryAfter: retryAfter}
}

func (f *fakeDiscord) writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// rest serves Discord's REST API under /api/v9.
func (f *fakeDiscord) rest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	parts := strings.Split(strings.Trim(path, "/"), "/")
	status := http.StatusOK
	var reply any
	authed := r.Header.Get("Authorization") == "Bot "+f.token

	f.mu.Lock()
	plan, limited := f.limits[path]
	if limited && plan.count > 0 && r.Method == http.MethodPost {
		plan.count--
		f.limits[path] = plan
		f.recs = append(f.recs, rec{r.Method, path, body, time.Now(), http.StatusTooManyRequests})
		f.notify()
		f.mu.Unlock()
		w.Header().Set("Retry-After", fmt.Sprint(int(plan.retryAfter+0.999)))
		f.writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": plan.retryAfter, "global": false})
		return
	}
	f.mu.Unlock()

	switch {
	case !strings.HasPrefix(r.URL.Path, "/api/v9/"):
		status, reply = http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0}
	case !authed && parts[0] != "interactions" && parts[0] != "webhooks":
		status, reply = http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0}
	case r.Method == http.MethodGet && path == "/gateway":
		reply = map[string]any{"url": "ws://" + f.srv.Listener.Addr().String() + "/gw"}
	case r.Method == http.MethodGet && path == "/users/@me":
		reply = map[string]any{"id": f.botID, "username": "Boussole", "discriminator": "0", "bot": true}
	case r.Method == http.MethodPost && path == "/users/@me/channels":
		// Create DM: the DM channel object with the recipient.
		var req struct {
			RecipientID string `json:"recipient_id"`
		}
		_ = json.Unmarshal(body, &req)
		if req.RecipientID == "" || req.RecipientID == "closed-dms" {
			status, reply = http.StatusBadRequest, map[string]any{"message": "Cannot send messages to this user", "code": 50007}
			break
		}
		reply = map[string]any{"id": "dm-" + req.RecipientID, "type": 1,
			"recipients": []map[string]any{{"id": req.RecipientID, "username": "someone"}}}
	case r.Method == http.MethodPut && len(parts) >= 3 && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		if parts[1] != f.appID {
			status, reply = http.StatusForbidden, map[string]any{"message": "wrong application", "code": 50001}
			break
		}
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			status, reply = http.StatusBadRequest, map[string]any{"message": err.Error()}
			break
		}
		for i, c := range cmds {
			c["id"] = fmt.Sprint(9000 + i)
			c["application_id"] = f.appID
			c["version"] = "1"
		}
		reply = cmds
	case r.Method == http.MethodPost && len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		status = http.StatusNoContent
	case r.Method == http.MethodPost && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		var m map[string]any
		_ = json.Unmarshal(body, &m)
		m["id"] = fmt.Sprint(time.Now().UnixNano())
		m["channel_id"] = parts[1]
		m["author"] = map[string]any{"id": f.botID, "username": "Boussole", "bot": true}
		delete(m, "allowed_mentions")
		delete(m, "message_reference")
		reply = m
	case r.Method == http.MethodPatch && len(parts) == 5 && parts[0] == "webhooks" && parts[3] == "messages":
		if parts[1] != f.appID {
			status, reply = http.StatusNotFound, map[string]any{"message": "Unknown Webhook", "code": 10015}
			break
		}
		reply = map[string]any{"id": "orig", "channel_id": "c1"}
	default:
		status, reply = http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0}
	}

	f.mu.Lock()
	f.recs = append(f.recs, rec{r.Method, path, body, time.Now(), status})
	f.notify()
	f.mu.Unlock()
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	f.writeJSON(w, status, reply)
}

// gateway speaks the gateway protocol on one WebSocket connection.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		c.Close()
		return
	}
	f.all = append(f.all, c)
	f.wg.Add(1)
	f.mu.Unlock()
	defer f.wg.Done()
	defer c.Close()

	fc := &fakeConn{c: c}
	if fc.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 500}}) != nil {
		return
	}
	var first struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := c.ReadJSON(&first); err != nil {
		return
	}
	c.SetReadDeadline(time.Time{})
	switch first.Op {
	case 2:
		var id identifyData
		_ = json.Unmarshal(first.D, &id)
		f.mu.Lock()
		f.identifies = append(f.identifies, id)
		f.notify()
		f.seq++
		seq := f.seq
		f.mu.Unlock()
		if id.Token != "Bot "+f.token {
			c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
			return
		}
		ready := map[string]any{"v": 9, "session_id": f.sessionID,
			"user":        map[string]any{"id": f.botID, "username": "Boussole", "discriminator": "0", "bot": true},
			"application": map[string]any{"id": f.appID, "flags": 0},
			"guilds":      []any{}, "private_channels": []any{}}
		if fc.write(map[string]any{"op": 0, "s": seq, "t": "READY", "d": ready}) != nil {
			return
		}
	case 6:
		var res resumeData
		_ = json.Unmarshal(first.D, &res)
		f.mu.Lock()
		f.resumes = append(f.resumes, res)
		f.seq++
		seq := f.seq
		f.mu.Unlock()
		if res.SessionID != f.sessionID || res.Token != "Bot "+f.token {
			fc.write(map[string]any{"op": 9, "d": false})
			return
		}
		if fc.write(map[string]any{"op": 0, "s": seq, "t": "RESUMED", "d": map[string]any{}}) != nil {
			return
		}
	default:
		return
	}
	f.mu.Lock()
	f.live = fc
	f.notify()
	f.mu.Unlock()

	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := c.ReadJSON(&m); err != nil {
			break
		}
		if m.Op == 1 {
			if fc.write(map[string]any{"op": 11}) != nil {
				break
			}
		}
	}
	f.mu.Lock()
	if f.live == fc {
		f.live = nil
	}
	f.mu.Unlock()
}

// waitFor waits until cond (called with f.mu held) is true, or fails the test.
func (f *fakeDiscord) waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out after %v waiting for %s; REST calls:\n%s", timeout, what, f.dump())
		}
	}
}

func (f *fakeDiscord) dump() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b strings.Builder
	for _, r := range f.recs {
		fmt.Fprintf(&b, "  %s %s %d %s\n", r.Method, r.Path, r.Status, truncateForLog(r.Body))
	}
	return b.String()
}

func truncateForLog(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

// calls returns the recorded REST calls matching method and path prefix.
func (f *fakeDiscord) calls(method, prefix string) []rec {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []rec
	for _, r := range f.recs {
		if r.Method == method && strings.HasPrefix(r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// waitCalls waits for at least n calls matching method and prefix.
func (f *fakeDiscord) waitCalls(t *testing.T, method, prefix string, n int) []rec {
	t.Helper()
	f.waitFor(t, fmt.Sprintf("%d× %s %s", n, method, prefix), 5*time.Second, func() bool {
		c := 0
		for _, r := range f.recs {
			if r.Method == method && strings.HasPrefix(r.Path, prefix) {
				c++
			}
		}
		return c >= n
	})
	return f.calls(method, prefix)
}

// dispatch sends an event on the live gateway connection, with the next sequence number.
func (f *fakeDiscord) dispatch(t *testing.T, typ string, d any) {
	t.Helper()
	f.waitFor(t, "a live gateway connection", 10*time.Second, func() bool { return f.live != nil })
	f.mu.Lock()
	f.seq++
	seq, fc := f.seq, f.live
	f.mu.Unlock()
	if err := fc.write(map[string]any{"op": 0, "s": seq, "t": typ, "d": d}); err != nil {
		t.Fatalf("dispatch %s: %v", typ, err)
	}
}

// drop cuts the live gateway connection without a close frame, like a network failure.
func (f *fakeDiscord) drop(t *testing.T) {
	t.Helper()
	f.waitFor(t, "a live gateway connection", 5*time.Second, func() bool { return f.live != nil })
	f.mu.Lock()
	fc := f.live
	f.live = nil
	f.mu.Unlock()
	fc.c.Close()
}

func (f *fakeDiscord) lastSeq() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.seq
}
