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
	// workers answer posts concurrently, so that a slow CreatePost never stops the
	// WebSocket from being drained.
	workers = 4
	// queueSize bounds the answers waiting for a worker; beyond it new questions are dropped
	// (and logged) rather than blocking the socket.
	queueSize = 256
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
	bot   *bot.Bot
	log   *slog.Logger
	api   *model.Client4
	wsURL string

	dedup   *guard.Dedup
	limit   *guard.Limiter
	tokens  tokenSet
	hooks   *http.Client // response_url calls
	started atomic.Bool

	// Set by Run before any goroutine that reads them starts.
	me      *model.User
	maxPost int

	jobs    chan func(context.Context)
	pending sync.WaitGroup // slash commands completing through response_url

	listening chan struct{} // closed once the slash endpoint listens (or is off)
	addr      net.Addr

	// Seams for the package's own tests (panic recovery, slow commands); nil in production.
	ask func(string) bot.Reply
	run func(string, bot.Call) bot.Reply
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
		bot:       b,
		log:       log.With("adapter", "mattermost"),
		api:       api,
		wsURL:     "ws" + strings.TrimPrefix(cfg.URL, "http"), // http→ws, https→wss
		dedup:     guard.NewDedup(4096, 30*time.Minute),
		limit:     guard.NewLimiter(max(cfg.RateLimit.Burst, 0), cfg.RateLimit.Every),
		hooks:     &http.Client{Timeout: apiTimeout},
		jobs:      make(chan func(context.Context), queueSize),
		listening: make(chan struct{}),
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
	me, err := a.checkMe(ctx)
	if err != nil {
		return err
	}
	a.me = me
	a.maxPost = a.fetchMaxPostSize(ctx)
	a.log.InfoContext(ctx, "connected", "url", a.cfg.URL, "bot", me.Username, "bot_id", me.Id, "max_post_size", a.maxPost)

	srv, ln, err := a.listen()
	if err != nil {
		return err
	}
	if a.cfg.RegisterCommands {
		a.registerCommands(ctx)
	}
	if srv == nil {
		close(a.listening)
	} else {
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
	}

	// Answers use a context that outlives ctx by the shutdown grace, so that questions
	// already accepted still get their answer.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case job, ok := <-a.jobs:
					if !ok {
						return
					}
					job(workCtx)
				case <-workCtx.Done():
					return
				}
			}
		})
	}
	socketDone := make(chan struct{})
	go func() {
		defer close(socketDone)
		a.socketLoop(ctx)
	}()

	<-ctx.Done()
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
		close(a.jobs) // the socket loop, the only sender, has stopped: finish the queue
	case <-deadline.C:
		a.log.Warn("websocket did not close in time")
		stopWork()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); a.pending.Wait(); close(done) }()
	select {
	case <-done:
	case <-deadline.C:
		a.log.Warn("answers still in flight at shutdown were abandoned")
		stopWork()
	}
	return nil
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
		return nil, fmt.Errorf("mattermost: checking the bot token at %s failed (HTTP %d): %s", a.cfg.URL, status, short(err))
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
		a.log.WarnContext(ctx, "could not read the server's MaxPostSize; using the default", "default", FallbackMaxPostSize, "err", short(err))
		return FallbackMaxPostSize
	}
	if n, err := strconv.Atoi(cfg["MaxPostSize"]); err == nil && n > 0 {
		return n
	}
	return FallbackMaxPostSize
}

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

// connectOnce runs one connection until it closes, times out or ctx ends. It reports
// whether the server authenticated it (sent hello).
func (a *Adapter) connectOnce(ctx context.Context) (authed bool) {
	dialer := &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	client, err := model.NewWebSocketClient4WithDialer(dialer, a.wsURL, a.cfg.Token)
	if err != nil {
		a.log.WarnContext(ctx, "websocket connection failed", "err", short(err))
		return false
	}
	c := &conn{client: client}
	alive := make(chan struct{}, 1)
	c.wrapPing(alive)
	client.Listen()

	silence := time.NewTimer(a.cfg.PingTimeout)
	defer silence.Stop()
	hello := time.NewTimer(min(helloTimeout, a.cfg.PingTimeout))
	defer hello.Stop()
	var abandon <-chan time.Time
	done := ctx.Done()
	shut := func(why string) {
		if abandon != nil {
			return
		}
		a.log.InfoContext(ctx, "closing websocket", "reason", why)
		go c.close()
		abandon = time.After(closeWait)
	}
	events, responses := client.EventChannel, client.ResponseChannel
	for events != nil || responses != nil {
		select {
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			silence.Reset(a.cfg.PingTimeout)
			if abandon != nil {
				continue // closing: drain only
			}
			if ev.EventType() == model.WebsocketEventHello {
				authed = true
				hello.Stop()
				a.log.InfoContext(ctx, "websocket ready", "server_version", ev.GetData()["server_version"])
				continue
			}
			if ev.EventType() == model.WebsocketEventPosted {
				a.onPosted(ctx, ev.GetData())
			}
		case r, ok := <-responses:
			if !ok {
				responses = nil
				continue
			}
			silence.Reset(a.cfg.PingTimeout)
			if r.Status != model.StatusOk {
				a.log.WarnContext(ctx, "websocket request failed", "status", r.Status, "seq_reply", r.SeqReply, "error", r.Error)
			}
		case <-alive:
			silence.Reset(a.cfg.PingTimeout)
		case <-client.PingTimeoutChannel:
			shut("ping timeout")
		case <-silence.C:
			shut(fmt.Sprintf("no ping for %s", a.cfg.PingTimeout))
		case <-hello.C:
			if !authed {
				shut("not authenticated (no hello): is the token still valid?")
			}
		case <-done:
			done = nil
			shut("shutdown")
		case <-abandon:
			a.log.WarnContext(ctx, "websocket client did not release its channels; abandoning it")
			return authed
		}
	}
	if abandon == nil {
		reason := "closed by the server"
		if client.ListenError != nil {
			reason = short(client.ListenError)
		}
		a.log.WarnContext(ctx, "websocket closed", "reason", reason)
		go c.close() // release the writer and the watchdog
	}
	select { // the watchdog may hold one timeout; take it so it can exit
	case <-client.PingTimeoutChannel:
	default:
	}
	return authed
}

// onPosted decides, in event order and without blocking, whether a post is for Boussole,
// and queues the answer.
func (a *Adapter) onPosted(ctx context.Context, data map[string]any) {
	raw, ok := data["post"].(string)
	if !ok {
		return
	}
	var post model.Post
	if err := json.Unmarshal([]byte(raw), &post); err != nil || post.Id == "" {
		a.log.WarnContext(ctx, "posted event without a readable post", "err", err)
		return
	}
	if post.UserId == a.me.Id || post.Type != "" || fromIntegration(&post) || post.Message == "" {
		return // own posts, system messages, bots, webhooks, plugins: no loops
	}
	chType, _ := data["channel_type"].(string)
	dm := chType == string(model.ChannelTypeDirect)
	if !dm && !mentions(data, a.me.Id) {
		return
	}
	if !a.dedup.First(post.Id) {
		return
	}
	var job func(context.Context)
	switch a.limit.Check(post.UserId) {
	case guard.Drop:
		return
	case guard.Notify:
		job = func(ctx context.Context) { a.notifyLimited(ctx, &post, dm) }
	default:
		job = func(ctx context.Context) { a.answer(ctx, &post, dm) }
	}
	select {
	case a.jobs <- job:
	default:
		a.log.WarnContext(ctx, "too many questions waiting; one dropped", "post_id", post.Id)
	}
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

// answer asks the bot and posts the rendered reply in the post's thread.
func (a *Adapter) answer(ctx context.Context, post *model.Post, dm bool) {
	var reply bot.Reply
	err := guard.Safely(ctx, a.log, "mattermost posted", func() {
		if a.ask != nil {
			reply = a.ask(post.Message)
		} else {
			_, reply = a.bot.Ask(post.Message)
		}
		a.reply(ctx, post, dm, func(limit int) string { return Render(reply, limit) })
	})
	if err != nil {
		a.reply(ctx, post, dm, func(int) string {
			return "Désolé, une erreur m'a empêché de répondre. Réessayez plus tard. / Sorry, something went wrong; please try again later."
		})
	}
}

// notifyLimited tells a person, once, that they ask too fast.
func (a *Adapter) notifyLimited(ctx context.Context, post *model.Post, dm bool) {
	l := bot.Understand(a.bot.KB(), post.Message).Lang
	a.reply(ctx, post, dm, func(int) string { return limitedText(l, a.cfg.RateLimit) })
}

func limitedText(l bot.Lang, rl RateLimit) string {
	return tr(l,
		fmt.Sprintf("Doucement : vous posez beaucoup de questions d'un coup. Je répondrai de nouveau dans %s environ.", rl.Every.Round(time.Second)),
		fmt.Sprintf("Easy: that is a lot of questions at once. I will answer again in about %s.", rl.Every.Round(time.Second)))
}

// reply posts in the post's thread (in a DM, at the top level unless the question was
// already in a thread). A post refused as too long at the default limit is rendered again
// for the legacy 4000-rune limit.
func (a *Adapter) reply(ctx context.Context, post *model.Post, dm bool, render func(limit int) string) {
	root := post.RootId
	if root == "" && !dm {
		root = post.Id
	}
	limit := a.maxPost
	for {
		msg := render(limit)
		cctx, cancel := context.WithTimeout(ctx, apiTimeout)
		_, resp, err := a.api.CreatePost(cctx, &model.Post{ChannelId: post.ChannelId, RootId: root, Message: msg})
		cancel()
		if err == nil {
			return
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		if status == http.StatusBadRequest && limit > LegacyMaxPostSize && runes(msg) > LegacyMaxPostSize {
			limit = LegacyMaxPostSize
			continue
		}
		a.log.ErrorContext(ctx, "could not post the answer", "channel_id", post.ChannelId, "post_id", post.Id, "status", status, "err", short(err))
		return
	}
}

// short shortens an error for logs and messages (the model client may embed a whole HTML
// page in it).
func short(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
