// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

// The WebSocket: connecting, reading events, pings, reconnecting with backoff.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// socketLoop keeps one WebSocket connection open, reconnecting with jittered exponential
// backoff until ctx is cancelled.
func (a *Adapter) socketLoop(ctx context.Context) {
	backoff := a.cfg.ReconnectMin
	for {
		start := time.Now()
		authed := a.connectOnce(ctx)
		if ctx.Err() != nil {
			return
		}
		if authed && time.Since(start) >= stableAfter {
			backoff = a.cfg.ReconnectMin
		}
		if !authed {
			a.diagnose(ctx)
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		a.log.WarnContext(ctx, "websocket disconnected; reconnecting", "in", wait.Round(time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		backoff = min(backoff*2, a.cfg.ReconnectMax)
	}
}

// diagnose explains a connection that never authenticated: a revoked token is the usual
// cause, and only the REST API says so.
func (a *Adapter) diagnose(ctx context.Context) {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	_, resp, err := a.api.GetMe(cctx, "")
	if err != nil && resp != nil && (resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden) {
		a.log.ErrorContext(ctx, "the server now refuses the bot token; fix "+EnvToken+" and restart", "status", resp.StatusCode)
	}
}

// conn is one WebSocket connection. The model client panics when something is sent on it
// after Close ("send on closed channel" from its ping handler); closing and the ping
// handler therefore exclude each other through mu.
type conn struct {
	client  *model.WebSocketClient
	mu      sync.RWMutex
	closing bool
	once    sync.Once
}

// wrapPing chains a liveness signal before the client's own ping handler, and stops the
// handler from writing once the connection is closing. It must be called before Listen.
func (c *conn) wrapPing(alive chan<- struct{}) {
	orig := c.client.Conn.PingHandler()
	c.client.Conn.SetPingHandler(func(data string) error {
		select {
		case alive <- struct{}{}:
		default:
		}
		c.mu.RLock()
		defer c.mu.RUnlock()
		if c.closing {
			return nil
		}
		return orig(data)
	})
}

// close shuts the connection once; it may block briefly, so callers run it in a goroutine
// and keep draining the channels meanwhile.
func (c *conn) close() {
	c.once.Do(func() {
		c.mu.Lock()
		c.closing = true
		c.mu.Unlock()
		// Closing the socket first unblocks a writer stuck on a dead peer, so that the
		// client's Close (which waits for its writer) cannot hang.
		_ = c.client.Conn.UnderlyingConn().Close()
		c.client.Close()
	})
}

// session is the state of one WebSocket connection while it is pumped.
type session struct {
	c         *conn
	alive     chan struct{} // a ping arrived
	silence   *time.Timer   // no ping nor event for PingTimeout
	hello     *time.Timer   // no hello in time: the token was refused
	abandon   <-chan time.Time
	authed    bool
	abandoned bool
}

// connectOnce runs one connection until it closes, times out or ctx ends. It reports
// whether the server authenticated it (sent hello).
func (a *Adapter) connectOnce(ctx context.Context) (authed bool) {
	s, err := a.dial()
	if err != nil {
		a.link.Down("websocket connection failed: " + guard.ShortErr(err))
		a.log.WarnContext(ctx, "websocket connection failed", "err", guard.ShortErr(err))
		return false
	}
	defer s.silence.Stop()
	defer s.hello.Stop()
	a.pump(ctx, s)
	a.link.Down("websocket closed")
	if !s.abandoned {
		a.release(ctx, s)
	}
	return s.authed
}

// dial opens a new client (the model's clients cannot be reused) and starts its reader.
func (a *Adapter) dial() (*session, error) {
	dialer := &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	client, err := model.NewWebSocketClient4WithDialer(dialer, a.wsURL, a.cfg.Token)
	if err != nil {
		return nil, err
	}
	s := &session{c: &conn{client: client}, alive: make(chan struct{}, 1),
		silence: time.NewTimer(a.cfg.PingTimeout), hello: time.NewTimer(min(helloTimeout, a.cfg.PingTimeout))}
	s.c.wrapPing(s.alive)
	client.Listen()
	return s, nil
}

// pump drains the client's channels (the model client deadlocks otherwise) until they
// close, and closes the connection on a timeout or at shutdown.
func (a *Adapter) pump(ctx context.Context, s *session) {
	client := s.c.client
	events, responses := client.EventChannel, client.ResponseChannel
	done := ctx.Done()
	for events != nil || responses != nil {
		select {
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			a.onEvent(ctx, s, ev)
		case r, ok := <-responses:
			if !ok {
				responses = nil
				continue
			}
			a.onResponse(ctx, s, r)
		case <-s.alive:
			s.silence.Reset(a.cfg.PingTimeout)
		case <-client.PingTimeoutChannel:
			a.shut(ctx, s, "ping timeout")
		case <-s.silence.C:
			a.shut(ctx, s, fmt.Sprintf("no ping for %s", a.cfg.PingTimeout))
		case <-s.hello.C:
			if !s.authed {
				a.shut(ctx, s, "not authenticated (no hello): is the token still valid?")
			}
		case <-done:
			done = nil
			a.shut(ctx, s, "shutdown")
		case <-s.abandon:
			a.log.WarnContext(ctx, "websocket client did not release its channels; abandoning it")
			s.abandoned = true
			return
		}
	}
}

func (a *Adapter) onEvent(ctx context.Context, s *session, ev *model.WebSocketEvent) {
	s.silence.Reset(a.cfg.PingTimeout)
	if s.abandon != nil {
		return // closing: drain only
	}
	switch ev.EventType() {
	case model.WebsocketEventHello:
		s.authed = true
		a.link.Up()
		s.hello.Stop()
		a.log.InfoContext(ctx, "websocket ready", "server_version", ev.GetData()["server_version"])
	case model.WebsocketEventPosted:
		_ = a.stats.Safely(ctx, a.log, "mattermost posted event", func() { a.onPosted(ctx, ev.GetData()) })
	}
}

func (a *Adapter) onResponse(ctx context.Context, s *session, r *model.WebSocketResponse) {
	s.silence.Reset(a.cfg.PingTimeout)
	if r.Status != model.StatusOk {
		a.log.WarnContext(ctx, "websocket request failed", "status", r.Status, "seq_reply", r.SeqReply, "error", r.Error)
	}
}

// shut starts closing the connection once, and gives the client closeWait to release
// its channels.
func (a *Adapter) shut(ctx context.Context, s *session, why string) {
	if s.abandon != nil {
		return
	}
	a.log.InfoContext(ctx, "closing websocket", "reason", why)
	go s.c.close()
	s.abandon = time.After(closeWait)
}

// release closes a connection the server ended and takes the watchdog's last timeout so
// that its goroutine can exit.
func (a *Adapter) release(ctx context.Context, s *session) {
	client := s.c.client
	if s.abandon == nil {
		reason := "closed by the server"
		if client.ListenError != nil {
			reason = guard.ShortErr(client.ListenError)
		}
		a.log.WarnContext(ctx, "websocket closed", "reason", reason)
		go s.c.close() // release the writer and the watchdog
	}
	select {
	case <-client.PingTimeoutChannel:
	default:
	}
}
