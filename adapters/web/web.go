// SPDX-License-Identifier: AGPL-3.0-or-later

// Package web is Boussole on the web: a versioned JSON API (/api/v1), server-rendered
// pages that work without JavaScript, an embeddable widget, and the operations endpoints
// (/healthz, /readyz, /metrics). It serves the same platform-free core as the chat
// adapters.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// Platform is the name the web's questions are counted and remembered under.
const Platform = "web"

// Readiness is what /readyz asks of an adapter: nil once it is connected and can answer.
// An adapter that does not implement it counts as ready as soon as it runs.
type Readiness interface {
	Ready() error
}

// Reconnecter is an adapter that counts how often it had to connect again after losing
// its platform; /metrics reports it as boussole_adapter_reconnects_total.
type Reconnecter interface {
	Reconnects() int64
}

// Options are what the run command gives the server beside its config.
type Options struct {
	Log *slog.Logger
	// StateDir holds verify-last.json (`kb verify` results for /metrics); "" for none.
	StateDir string
	// Metrics receives the bot's answers; nil: the server makes its own, which then only
	// sees questions if the bot was built WithObserver(server metrics).
	Metrics *Metrics
	// Version is shown in the page footer and `boussole_build_info`.
	Version string
}

// Server is the web adapter.
type Server struct {
	cfg         Config
	bot         *bot.Bot
	log         *slog.Logger
	opts        Options
	metrics     *Metrics
	limiter     *guard.Limiter
	proxies     []netip.Prefix
	metricsFrom []netip.Prefix
	pages       *pages
	openAPI     []byte // the OpenAPI document as served
	handler     http.Handler

	readyMu sync.Mutex
	ready   map[string]Readiness // other adapters, by name; nil value: no readiness
}

// New builds the server; cfg must have passed Validate.
func New(cfg Config, b *bot.Bot, opts Options) (*Server, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, bot: b, log: opts.Log, opts: opts, metrics: opts.Metrics, ready: map[string]Readiness{}}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	var err error
	if s.proxies, err = parsePrefixes(cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("http.trusted_proxies: %w", err)
	}
	if s.metricsFrom, err = parsePrefixes(cfg.MetricsFrom); err != nil {
		return nil, fmt.Errorf("http.metrics_from: %w", err)
	}
	if cfg.RateLimit.Burst >= 0 {
		s.limiter = guard.NewLimiter(cfg.RateLimit.Burst, cfg.RateLimit.Every)
	}
	if s.openAPI, err = openAPIFor(cfg.PublicURL); err != nil {
		return nil, err
	}
	if s.pages, err = newPages(s.log); err != nil {
		return nil, err
	}
	s.metrics.watch(b, opts.StateDir, s.adapters)
	s.handler = s.routes()
	return s, nil
}

// Metrics is the server's metrics, to give the bot as its observer.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Handler is the whole site, for tests and for embedding in another server.
func (s *Server) Handler() http.Handler { return s.handler }

// SetReadiness registers another adapter for /readyz; r may be nil (always ready).
func (s *Server) SetReadiness(name string, r Readiness) {
	s.readyMu.Lock()
	s.ready[name] = r
	s.readyMu.Unlock()
}

// adapterState is one other adapter as /readyz and /metrics see it.
type adapterState struct {
	name       string
	err        error // nil: ready
	reconnects int64 // -1: the adapter does not count them
}

// adapters reads each registered adapter's readiness and reconnects.
func (s *Server) adapters() []adapterState {
	s.readyMu.Lock()
	defer s.readyMu.Unlock()
	out := make([]adapterState, 0, len(s.ready))
	for name, r := range s.ready {
		st := adapterState{name: name, reconnects: -1}
		if r != nil {
			st.err = r.Ready()
		}
		if rc, ok := r.(Reconnecter); ok {
			st.reconnects = rc.Reconnects()
		}
		out = append(out, st)
	}
	return out
}

// Run serves on cfg.Addr until ctx ends, then lets running requests finish.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Run on a listener the caller opened.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimout,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      20 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	s.log.Info("http listening", "addr", ln.Addr().String())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		return fmt.Errorf("http shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http: %w", err)
	}
	return nil
}
