// SPDX-License-Identifier: AGPL-3.0-or-later

// Package mattermost is Boussole's Mattermost front end: it answers the posts that mention
// the bot or reach it in a direct message (over the WebSocket, replying in the thread) and
// serves the /prestataires, /alternative, /outil and /aide slash commands over HTTP. All
// the answering is done by package bot; this package only talks Mattermost.
package mattermost

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

const (
	// maxSlash bounds the slash commands answered at once; beyond it the person is told
	// "trop de demandes" at once.
	maxSlash = 16
	// sendRetries is how many times a post refused with 429 or 502–504 is tried again.
	sendRetries = 3
	// langSample bounds the text read to pick the language of a notice.
	langSample = 280
	// maxQuestion bounds the bytes of a post kept for its answer while it waits in the
	// queue (a post may hold 64 KB; the bot reads only its first thousand characters), so
	// that a full queue stays small in memory.
	maxQuestion = 8 << 10
	// helloTimeout is how long a new connection may take to authenticate.
	helloTimeout = 15 * time.Second
	// stableAfter is how long a connection must live for the backoff to start again from
	// ReconnectMin.
	stableAfter = 30 * time.Second
	// closeWait bounds the wait for the model client to release its channels after Close.
	closeWait = 5 * time.Second
	// shutdownWait bounds the graceful shutdown (HTTP server, answers in flight).
	shutdownWait = 5 * time.Second
	// apiTimeout bounds each REST call.
	apiTimeout = 20 * time.Second
)

// Adapter connects one bot to one Mattermost server. Create it with New, start it with Run.
type Adapter struct {
	cfg   Config
	core  guard.Core // the bot; the package's tests wrap it to make it slow or panic
	log   *slog.Logger
	api   *model.Client4
	wsURL string

	dedup   *guard.Dedup
	limits  *guard.Limits
	stats   guard.Stats
	link    guard.Link // the WebSocket connection, for /readyz and /metrics
	tokens  tokenSet
	hooks   *http.Client // response_url calls
	started atomic.Bool

	// Set by Run before any goroutine that reads them starts.
	me      *model.User
	maxPost int

	// pool answers posts on a few workers from a bounded queue, so that a slow CreatePost
	// never stops the WebSocket from being drained and a burst never piles up goroutines.
	pool     *guard.Pool
	poolSize guard.PoolSize
	slash    chan struct{}  // one token per slash command being answered (maxSlash)
	pending  sync.WaitGroup // slash commands completing through response_url

	listening chan struct{} // closed once the slash endpoint listens (or is off)
	addr      net.Addr

	// retryWait is the first wait before a post is tried again (doubled each time).
	retryWait time.Duration
}

// New checks cfg and prepares an adapter; it does not contact the server (Run does).
func New(cfg Config, b *bot.Bot, log *slog.Logger) (*Adapter, error) {
	if b == nil {
		return nil, errors.New("mattermost: nil bot")
	}
	if log == nil {
		log = slog.Default()
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	api := model.NewAPIv4Client(cfg.URL)
	api.HTTPClient = &http.Client{Timeout: apiTimeout}
	api.SetToken(cfg.Token)
	a := &Adapter{
		cfg:       cfg,
		core:      b,
		log:       log.With("adapter", "mattermost"),
		api:       api,
		wsURL:     "ws" + strings.TrimPrefix(cfg.URL, "http"), // http→ws, https→wss
		dedup:     guard.NewDedup(4096, 30*time.Minute),
		limits:    guard.NewLimits(cfg.RateLimit),
		hooks:     &http.Client{Timeout: apiTimeout},
		poolSize:  guard.DefaultPoolSize,
		slash:     make(chan struct{}, maxSlash),
		listening: make(chan struct{}),
		retryWait: 500 * time.Millisecond,
	}
	a.tokens.add(cfg.CommandTokens...)
	return a, nil
}

// Run connects to Mattermost and answers until ctx is cancelled, then shuts down cleanly
// and returns nil. It fails at once when the server cannot be reached or refuses the
// token (the WebSocket alone would just close without saying why).
func (a *Adapter) Run(ctx context.Context) error {
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("mattermost: Run called twice")
	}
	if err := a.identify(ctx); err != nil {
		return err
	}
	srv, err := a.startSlash(ctx)
	if err != nil {
		return err
	}
	a.pool = guard.NewPool(a.poolSize, &a.stats, a.log)
	stopWork := a.pool.StartDetached(ctx)
	defer stopWork()
	socketDone := make(chan struct{})
	go func() {
		defer close(socketDone)
		a.socketLoop(ctx)
	}()
	<-ctx.Done()
	a.shutdown(ctx, srv, socketDone, stopWork)
	return nil
}

// Stats returns the adapter's counters: questions queued, answered, refused as too busy
// or rate-limited, panics, and posts the server did not take.
func (a *Adapter) Stats() guard.StatsSnapshot { return a.stats.Snapshot() }

// identify checks the token and learns who the bot is and the server's post limit.
func (a *Adapter) identify(ctx context.Context) error {
	me, err := a.checkMe(ctx)
	if err != nil {
		return err
	}
	a.me = me
	a.maxPost = a.fetchMaxPostSize(ctx)
	a.log.InfoContext(ctx, "connected", "url", a.cfg.URL, "bot", me.Username, "bot_id", me.Id, "max_post_size", a.maxPost)
	return nil
}

// startSlash opens the slash-command endpoint (nil when it is off), registers the
// commands when configured, and serves in the background.
func (a *Adapter) startSlash(ctx context.Context) (*http.Server, error) {
	srv, ln, err := a.listen()
	if err != nil {
		return nil, err
	}
	if a.cfg.RegisterCommands {
		a.registerCommands(ctx)
	}
	if srv == nil {
		close(a.listening)
		return nil, nil
	}
	a.addr = ln.Addr()
	close(a.listening)
	a.log.InfoContext(ctx, "slash commands listening", "addr", ln.Addr().String(), "tokens", a.tokens.count())
	if a.tokens.count() == 0 {
		a.log.WarnContext(ctx, "no slash-command token known: every slash command will be refused; set "+EnvCommandTokens+" or register_commands")
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("slash-command server stopped", "err", err)
		}
	}()
	return srv, nil
}

// shutdown stops the slash endpoint and the socket, then lets the queued answers and
// the slash commands completing through response_url finish, within shutdownWait.
func (a *Adapter) shutdown(ctx context.Context, srv *http.Server, socketDone <-chan struct{}, stopWork func()) {
	a.log.Info("shutting down")
	deadline := time.NewTimer(shutdownWait)
	defer deadline.Stop()
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownWait)
		if err := srv.Shutdown(sctx); err != nil {
			a.log.Warn("slash-command server shutdown", "err", err)
			_ = srv.Close()
		}
		cancel()
	}
	select {
	case <-socketDone:
		a.pool.Close() // the socket loop, the only sender, has stopped: finish the queue
	case <-deadline.C:
		a.log.Warn("websocket did not close in time")
		stopWork()
	}
	done := make(chan struct{})
	go func() { a.pool.Wait(shutdownWait); a.pending.Wait(); close(done) }()
	select {
	case <-done:
	case <-deadline.C:
		a.log.Warn("answers still in flight at shutdown were abandoned")
		stopWork()
	}
}

// checkMe validates the URL and the token with GetMe.
func (a *Adapter) checkMe(ctx context.Context) (*model.User, error) {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	me, resp, err := a.api.GetMe(cctx, "")
	if err == nil && me != nil && me.Id != "" {
		return me, nil
	}
	status := 0
	if resp != nil {
		status = resp.StatusCode
	}
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return nil, fmt.Errorf("mattermost: %s refused the bot token (HTTP %d): check %s (a bot account's access token) and that the bot account is enabled", a.cfg.URL, status, EnvToken)
	case status == http.StatusNotFound:
		return nil, fmt.Errorf("mattermost: %s has no Mattermost API (HTTP 404 on /api/v4/users/me): check mattermost.url, the server's base address", a.cfg.URL)
	case status != 0:
		return nil, fmt.Errorf("mattermost: checking the bot token at %s failed (HTTP %d): %s", a.cfg.URL, status, guard.ShortErr(err))
	case err == nil:
		return nil, fmt.Errorf("mattermost: %s answered /api/v4/users/me without a user: check mattermost.url", a.cfg.URL)
	default:
		return nil, fmt.Errorf("mattermost: cannot reach %s: check mattermost.url: %w", a.cfg.URL, err)
	}
}

// fetchMaxPostSize reads the server's post limit, or falls back to 16383 runes.
func (a *Adapter) fetchMaxPostSize(ctx context.Context) int {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	cfg, _, err := a.api.GetClientConfig(cctx, "")
	if err != nil {
		// Older servers only serve the "old" format.
		var r *http.Response
		r, err = a.api.DoAPIGet(cctx, "/config/client?format=old", "")
		if err == nil {
			defer r.Body.Close()
			err = json.NewDecoder(r.Body).Decode(&cfg)
		}
	}
	if err != nil {
		a.log.WarnContext(ctx, "could not read the server's MaxPostSize; using the default", "default", FallbackMaxPostSize, "err", guard.ShortErr(err))
		return FallbackMaxPostSize
	}
	if n, err := strconv.Atoi(cfg["MaxPostSize"]); err == nil && n > 0 {
		return n
	}
	return FallbackMaxPostSize
}

// Ready is nil while the WebSocket is connected and authenticated (for /readyz).
func (a *Adapter) Ready() error { return a.link.Ready() }

// Reconnects counts the WebSocket connections after the first (for /metrics).
func (a *Adapter) Reconnects() int64 { return a.link.Reconnects() }

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

// onPosted decides, in event order and without blocking, whether a post is for Boussole,
// and queues the answer (or the rate limit's one notice). When the queue is full, the
// person is told "trop de demandes" instead, once per burst.
func (a *Adapter) onPosted(ctx context.Context, data map[string]any) {
	post, dm, ok := a.forMe(ctx, data)
	if !ok || !a.dedup.First(post.Id) {
		return
	}
	job := guard.Job{User: post.UserId, What: "mattermost posted",
		Run: func(ctx context.Context) { a.answer(ctx, post, dm) },
		Busy: func(ctx context.Context) {
			a.reply(ctx, post, dm, func(int) string { return guard.BusyText(a.langOf(ctx, post.Message)) })
		}}
	switch a.limits.Check(post.UserId, slices.Contains(a.cfg.Admins, post.UserId)) {
	case guard.Drop:
		a.stats.Limited()
		return
	case guard.Notify:
		a.stats.Limited()
		job.Run = func(ctx context.Context) { a.notifyLimited(ctx, post, dm) }
	}
	a.pool.Submit(job)
}

// forMe reads a posted event and reports whether its post is addressed to the bot (a DM
// or a mention) by a person.
func (a *Adapter) forMe(ctx context.Context, data map[string]any) (post *model.Post, dm, ok bool) {
	raw, ok := data["post"].(string)
	if !ok {
		return nil, false, false
	}
	post = &model.Post{}
	if err := json.Unmarshal([]byte(raw), post); err != nil || post.Id == "" {
		a.log.WarnContext(ctx, "posted event without a readable post", "err", err)
		return nil, false, false
	}
	if post.UserId == a.me.Id || post.Type != "" || fromIntegration(post) || post.Message == "" {
		return nil, false, false // own posts, system messages, bots, webhooks, plugins: no loops
	}
	chType, _ := data["channel_type"].(string)
	dm = chType == string(model.ChannelTypeDirect)
	post.Message = guard.Cut(post.Message, maxQuestion)
	return post, dm, dm || mentions(data, a.me.Id)
}

// fromIntegration reports posts made by bots, webhooks, plugins or OAuth apps.
func fromIntegration(p *model.Post) bool {
	for _, k := range []string{model.PostPropsFromBot, model.PostPropsFromWebhook, model.PostPropsFromPlugin, model.PostPropsFromOAuthApp} {
		switch v := p.GetProp(k).(type) {
		case string:
			if v != "" && v != "false" {
				return true
			}
		case bool:
			if v {
				return true
			}
		}
	}
	return false
}

// mentions reads the posted event's "mentions", a JSON array encoded as a string, present
// only when this connection's user is mentioned.
func mentions(data map[string]any, id string) bool {
	var ids []string
	switch v := data["mentions"].(type) {
	case string:
		if json.Unmarshal([]byte(v), &ids) != nil {
			return false
		}
	case []any: // tolerate an already decoded array
		for _, x := range v {
			if s, ok := x.(string); ok {
				ids = append(ids, s)
			}
		}
	}
	for _, m := range ids {
		if m == id {
			return true
		}
	}
	return false
}

// answer asks the bot and posts the rendered reply in the post's thread; a panic on the
// way gets the person a short apology instead.
func (a *Adapter) answer(ctx context.Context, post *model.Post, dm bool) {
	err := a.stats.Safely(ctx, a.log, "mattermost posted", func() {
		// A channel's thread and a person make a conversation.
		k := bot.ConversationKey{Platform: "mattermost", Channel: post.ChannelId + "/" + post.RootId, User: post.UserId}
		_, reply := a.core.Converse(k, post.Message)
		a.reply(ctx, post, dm, func(limit int) string { return Render(reply, limit) })
	})
	if err != nil {
		a.reply(ctx, post, dm, func(int) string { return guard.ApologyText(bot.French) })
	}
}

// notifyLimited tells a person, once, that they ask too fast.
func (a *Adapter) notifyLimited(ctx context.Context, post *model.Post, dm bool) {
	l := a.langOf(ctx, post.Message)
	a.reply(ctx, post, dm, func(int) string { return guard.LimitedText(l, a.cfg.RateLimit.Every) })
}

// langOf is the language of a message for a notice: understood from its start only (a
// flood must not cost full answers), and French if understanding fails.
func (a *Adapter) langOf(ctx context.Context, msg string) bot.Lang {
	msg = guard.Cut(msg, langSample)
	l := bot.French
	_ = a.stats.Safely(ctx, a.log, "mattermost notice language", func() { l = bot.Understand(a.core.KB(), msg).Lang })
	return l
}

// reply posts in the post's thread (in a DM, at the top level unless the question was
// already in a thread). A post refused as too long at the default limit is rendered again
// for the legacy 4000-rune limit; one refused with 429 or 502–504 is tried again a few
// times; one the server still refuses is logged and counted.
func (a *Adapter) reply(ctx context.Context, post *model.Post, dm bool, render func(limit int) string) error {
	root := post.RootId
	if root == "" && !dm {
		root = post.Id
	}
	limit, wait := a.maxPost, a.retryWait
	for attempt := 0; ; attempt++ {
		msg := render(limit)
		resp, err := a.createPost(ctx, &model.Post{ChannelId: post.ChannelId, RootId: root, Message: msg})
		if err == nil {
			return nil
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		if status == http.StatusBadRequest && limit > LegacyMaxPostSize && runes(msg) > LegacyMaxPostSize {
			limit = LegacyMaxPostSize
			continue
		}
		if retryable(status) && attempt < sendRetries && guard.Sleep(ctx, retryAfter(resp, wait)) {
			wait *= 2
			continue
		}
		a.stats.SendFailed()
		a.log.ErrorContext(ctx, "could not post the answer; given up", "channel_id", post.ChannelId, "post_id", post.Id, "status", status, "attempts", attempt+1, "err", guard.ShortErr(err))
		return fmt.Errorf("mattermost: the server refused the post (status %d): %s", status, guard.ShortErr(err))
	}
}

func (a *Adapter) createPost(ctx context.Context, p *model.Post) (*model.Response, error) {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	_, resp, err := a.api.CreatePost(cctx, p)
	return resp, err
}

// retryable statuses say "later", not "never": the server limits its rate or restarts.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// retryAfter reads the server's Retry-After (seconds), bounded, or falls back to def.
func retryAfter(resp *model.Response, def time.Duration) time.Duration {
	if resp == nil || resp.Header == nil {
		return def
	}
	if n, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && n >= 0 {
		return min(time.Duration(n)*time.Second, 10*time.Second)
	}
	return def
}
