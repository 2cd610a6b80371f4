// SPDX-License-Identifier: AGPL-3.0-or-later

// Package discord connects Boussole to Discord: it answers mentions and direct messages,
// serves the slash commands built from bot.Commands() with autocomplete, and renders
// replies as embeds within Discord's limits. It uses discordgo for the REST API and the
// gateway; everything platform-specific stays in this package.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// identity is who the bot is on Discord, learnt at start.
type identity struct {
	userID string
	appID  string
}

// Adapter is one connection of the bot to Discord. Create it with New and start it with
// Run; it holds no global state, so several adapters can live in one process.
type Adapter struct {
	cfg      Config
	bot      *bot.Bot
	log      *slog.Logger
	s        *discordgo.Session
	channels map[string]bool
	dedup    *guard.Dedup
	limits   *guard.Limits
	stats    guard.Stats
	link     guard.Link // the gateway connection, for /readyz and /metrics
	me       atomic.Pointer[identity]
	once     guard.Once

	// core answers; it is the bot, which the package's tests wrap to make it slow or panic.
	core guard.Core

	// base is the context handlers work in: not cancelled by Run's context, so that an
	// answer in progress is still delivered during shutdown.
	base context.Context

	// messages answers mentions and DMs; interactions answers commands, buttons and
	// autocomplete, with more workers since each must be acknowledged within 3 seconds.
	// Both are made by Run from the sizes below, so that events never pile up goroutines.
	messages, interactions       *guard.Pool
	messageSize, interactionSize guard.PoolSize

	mu       sync.Mutex // guards stopping
	stopping bool

	// deferAfter is how long a command may run before the interaction is deferred;
	// sendTimeout bounds one answer's REST calls, 429 waits included.
	deferAfter, sendTimeout time.Duration
}

// New checks the configuration and prepares a Discord session without connecting.
func New(cfg Config, b *bot.Bot, log *slog.Logger) (*Adapter, error) {
	if b == nil {
		return nil, errors.New("discord: no bot")
	}
	if log == nil {
		log = slog.Default()
	}
	token := strings.TrimSpace(cfg.Token)
	if token == "" {
		return nil, errors.New("discord: no token (set BOUSSOLE_DISCORD_TOKEN)")
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	base, err := url.Parse(cfg.APIURL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("discord: api_url %q: want http(s)://host[:port][/prefix]", cfg.APIURL)
	}
	cfg.RateLimit = cfg.RateLimit.WithDefaults(DefaultBurst, DefaultEvery)
	if cfg.MessageContent && len(cfg.Channels) == 0 {
		log.Warn("discord: message_content is on but no channels are listed; the bot still answers only mentions and DMs")
	}

	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: creating session: %w", err)
	}
	s.StateEnabled = false // we only need who we are, which READY gives anyway
	// Handlers only sort an event into a bounded queue, so they run on the gateway's own
	// goroutine: no goroutine per event, however large the burst.
	s.SyncEvents = true
	s.Identify.Intents = intents(cfg.MessageContent)
	if cfg.APIURL != DefaultAPIURL {
		s.Client = &http.Client{Timeout: 20 * time.Second, Transport: &rewriter{base: base, next: http.DefaultTransport}}
	}

	a := &Adapter{
		cfg:             cfg,
		bot:             b,
		log:             log,
		s:               s,
		channels:        map[string]bool{},
		dedup:           guard.NewDedup(4096, 15*time.Minute),
		limits:          guard.NewLimits(cfg.RateLimit),
		core:            b,
		base:            context.Background(),
		messageSize:     guard.DefaultPoolSize,
		interactionSize: guard.PoolSize{Workers: 16, Queue: 64},
		deferAfter:      1500 * time.Millisecond,
		sendTimeout:     defaultSendTimeout,
	}
	for _, c := range cfg.Channels {
		a.channels[strings.TrimSpace(c)] = true
	}
	return a, nil
}

// intents are the gateway intents Boussole needs: guild and direct messages (text arrives
// for mentions and DMs without any privileged intent), plus message content when the
// operator opted in to answering without a mention.
func intents(messageContent bool) discordgo.Intent {
	in := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if messageContent {
		in |= discordgo.IntentMessageContent
	}
	return in
}

// Run connects to Discord, registers the slash commands and answers until ctx is
// cancelled, then disconnects and returns nil. It returns an error at start when the
// token is refused or the gateway cannot be opened.
func (a *Adapter) Run(ctx context.Context) error {
	if err := a.once.Start("discord"); err != nil {
		return err
	}
	a.base = context.WithoutCancel(ctx)
	me, err := a.checkToken(ctx)
	if me == nil {
		return err // nil when stopped before we were up
	}
	a.me.Store(&identity{userID: me.ID, appID: me.ID})
	a.startPools()
	defer a.stopPools()
	for _, rm := range a.addHandlers() {
		defer rm()
	}
	if err := a.s.Open(); err != nil {
		return fmt.Errorf("discord: opening the gateway: %w", err)
	}
	a.learnApplication()
	a.log.Info("discord: ready", "bot_user", me.Username, "intents", int(a.s.Identify.Intents))

	if err := a.registerCommands(ctx); err != nil {
		// Mentions and DMs still work without commands: keep running, say why loudly.
		a.log.Error("discord: registering slash commands", "err", err)
	}

	<-ctx.Done()
	a.shutdown()
	return nil
}

// checkToken asks Discord who the bot is: a refused token fails here, with a clear error,
// rather than as a gateway that keeps closing. A nil user and error mean ctx ended first.
func (a *Adapter) checkToken(ctx context.Context) (*discordgo.User, error) {
	me, err := a.s.User("@me", discordgo.WithContext(ctx))
	if err != nil && ctx.Err() != nil {
		return nil, nil
	}
	if err != nil {
		var rest *discordgo.RESTError
		if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
			return nil, fmt.Errorf("discord: the token was refused (check BOUSSOLE_DISCORD_TOKEN): %w", err)
		}
		return nil, fmt.Errorf("discord: checking the token with GET /users/@me: %s", safeErr(err))
	}
	return me, nil
}

// startPools makes the bounded queues events are sorted into.
func (a *Adapter) startPools() {
	a.messages = guard.NewPool(a.messageSize, &a.stats, a.log)
	a.interactions = guard.NewPool(a.interactionSize, &a.stats, a.log)
	a.messages.Start(a.base)
	a.interactions.Start(a.base)
}

// stopPools lets the queued answers finish (bounded) once no event comes in any more.
func (a *Adapter) stopPools() {
	a.messages.Close()
	a.interactions.Close()
	if !a.messages.Wait(shutdownWait) || !a.interactions.Wait(shutdownWait) {
		a.log.Warn("discord: answers still in progress at shutdown")
	}
}

// addHandlers registers the event handlers and returns their removers.
func (a *Adapter) addHandlers() []func() {
	return []func(){
		a.s.AddHandler(a.onReady),
		a.s.AddHandler(a.onMessageCreate),
		a.s.AddHandler(a.onInteractionCreate),
		a.s.AddHandler(func(s *discordgo.Session, _ *discordgo.Connect) {
			if a.isStopping() {
				// A reconnect finished after shutdown began: do not stay online. Close waits
				// for the session lock Open holds while it reports Connect.
				go func() { _ = s.Close() }()
				return
			}
			a.link.Up()
			a.log.Info("discord: connected to the gateway")
		}),
		a.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			a.link.Down("disconnected from the Discord gateway")
			if !a.isStopping() {
				a.log.Warn("discord: disconnected from the gateway; reconnecting")
			}
		}),
		a.s.AddHandler(func(_ *discordgo.Session, r *discordgo.RateLimit) {
			a.log.Info("discord: rate limited, waiting", "url_path", pathOf(r.URL), "retry_after", r.RetryAfter)
		}),
	}
}

// Ready is nil while the adapter is connected to the Discord gateway (for /readyz).
func (a *Adapter) Ready() error { return a.link.Ready() }

// Reconnects counts the gateway connections after the first (for /metrics).
func (a *Adapter) Reconnects() int64 { return a.link.Reconnects() }

// Stats returns the adapter's counters: questions queued, answered, refused as too busy
// or rate-limited, panics, and replies Discord did not take.
func (a *Adapter) Stats() guard.StatsSnapshot { return a.stats.Snapshot() }

// learnApplication reads the application id from READY, which discordgo keeps even with
// the state cache off. Bots created long ago may have an application id different from
// their user id.
func (a *Adapter) learnApplication() {
	a.s.State.RLock()
	r := a.s.State.Ready
	a.s.State.RUnlock()
	id := *a.me.Load()
	if r.Application != nil && r.Application.ID != "" {
		id.appID = r.Application.ID
	}
	if r.User != nil && r.User.ID != "" {
		id.userID = r.User.ID
	}
	a.me.Store(&id)
}

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User == nil {
		return
	}
	id := *a.me.Load()
	id.userID = r.User.ID
	if r.Application != nil && r.Application.ID != "" {
		id.appID = r.Application.ID
	}
	a.me.Store(&id)
}

// shutdownWait bounds the wait for answers in progress at shutdown.
const shutdownWait = 15 * time.Second

// shutdown stops taking new events, closes the gateway connection, and lets the answers
// already queued finish (Run's deferred stopPools).
func (a *Adapter) shutdown() {
	a.mu.Lock()
	a.stopping = true
	a.mu.Unlock()
	if err := a.s.Close(); err != nil {
		a.log.Warn("discord: closing the gateway", "err", err)
	}
	a.log.Info("discord: stopped")
}

func (a *Adapter) isStopping() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.stopping
}

// rewriter sends discordgo's requests for discord.com to the configured API host (a REST
// proxy, or a test server), keeping the /api/v9/… path.
type rewriter struct {
	base *url.URL
	next http.RoundTripper
}

// RoundTrip rewrites the scheme, host and path prefix of requests aimed at Discord's API.
func (r *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return r.next.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	out.URL.Scheme = r.base.Scheme
	out.URL.Host = r.base.Host
	out.URL.Path = strings.TrimSuffix(r.base.Path, "/") + req.URL.Path
	if req.URL.RawPath != "" {
		out.URL.RawPath = strings.TrimSuffix(r.base.EscapedPath(), "/") + req.URL.RawPath
	}
	out.Host = ""
	return r.next.RoundTrip(out)
}

// discordHost is the host discordgo's endpoints point at.
const discordHost = "discord.com"

// safeErr describes a REST error for logs without the request URL's secrets: a transport
// error quotes the whole URL, and interaction and webhook URLs carry tokens.
func safeErr(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Op + " " + pathOf(ue.URL) + ": " + ue.Err.Error()
	}
	return err.Error()
}

// pathOf keeps only the path of a URL for logs: interaction and webhook URLs carry tokens.
func pathOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	parts := strings.Split(u.Path, "/")
	for i := 1; i+1 < len(parts); i++ {
		if parts[i-1] == "interactions" || parts[i-1] == "webhooks" {
			parts[i+1] = "…" // the token follows the id
		}
	}
	return strings.Join(parts, "/")
}
