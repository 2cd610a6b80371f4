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
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

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

	dedup  *guard.Dedup
	limits *guard.Limits
	stats  guard.Stats
	link   guard.Link // the WebSocket connection, for /readyz and /metrics
	tokens tokenSet
	hooks  *http.Client // response_url calls
	once   guard.Once

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
	if err := a.once.Start("mattermost"); err != nil {
		return err
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
