// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"net/http"
	"net/netip"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/verify"
)

// Metrics is Boussole's Prometheus metrics, on a registry of its own (no global state). It
// is the bot's Observer: give it to bot.WithObserver so that every platform's questions
// are counted.
type Metrics struct {
	reg        *prometheus.Registry
	questions  *prometheus.CounterVec
	unanswered *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	limited    prometheus.Counter
	panics     prometheus.Counter
	reloads    prometheus.Counter
}

// NewMetrics registers the answer metrics; the KB, verify and adapter ones come with the
// server (watch).
func NewMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.questions = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "boussole_questions_total",
		Help: "Questions answered, by platform and understood intent."}, []string{"platform", "intent"})
	m.unanswered = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "boussole_unanswered_total",
		Help: "Questions the knowledge base could not answer, by platform and intent."}, []string{"platform", "intent"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "boussole_answer_duration_seconds",
		Help:    "Time to understand and answer a question, by platform.",
		Buckets: []float64{50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 100e-3, 1}}, []string{"platform"})
	m.limited = prometheus.NewCounter(prometheus.CounterOpts{Name: "boussole_http_rate_limited_total",
		Help: "HTTP requests refused by the per-client rate limit (429)."})
	m.panics = prometheus.NewCounter(prometheus.CounterOpts{Name: "boussole_http_panics_total",
		Help: "HTTP handlers that panicked (answered 500)."})
	m.reloads = prometheus.NewCounter(prometheus.CounterOpts{Name: "boussole_kb_reloads_total",
		Help: "Knowledge bases swapped in by the store: reloads of changed files and admins' edits."})
	m.reg.MustRegister(m.questions, m.unanswered, m.latency, m.limited, m.panics, m.reloads,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Answered implements bot.Observer.
func (m *Metrics) Answered(platform string, intent bot.Intent, answered bool, took time.Duration) {
	if platform == "" {
		platform = "chat" // a chat adapter that calls Ask, which does not say which one
	}
	m.questions.WithLabelValues(platform, string(intent)).Inc()
	if !answered {
		m.unanswered.WithLabelValues(platform, string(intent)).Inc()
	}
	m.latency.WithLabelValues(platform).Observe(took.Seconds())
}

// KBSwapped implements bot.ReloadObserver.
func (m *Metrics) KBSwapped() { m.reloads.Inc() }

// watch registers the metrics read at scrape time: the KB in use and its store's reloads,
// the last `kb verify` report in stateDir, and each adapter's readiness.
func (m *Metrics) watch(b *bot.Bot, stateDir string, adapters func() []adapterState) {
	m.reg.MustRegister(&stateCollector{bot: b, stateDir: stateDir, adapters: adapters})
}

func (m *Metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

var (
	descKBLoaded = prometheus.NewDesc("boussole_kb_loaded_timestamp_seconds",
		"When the knowledge base in use was loaded (changes at each successful reload).", nil, nil)
	descKBSize        = prometheus.NewDesc("boussole_kb_entries", "Entries of the knowledge base in use, by kind.", []string{"kind"}, nil)
	descReloadFailing = prometheus.NewDesc("boussole_kb_reload_failing",
		"1 when the last reload of the knowledge directory failed (the previous KB is still served).", nil, nil)
	descReloadFailed = prometheus.NewDesc("boussole_kb_reload_failed_timestamp_seconds",
		"When a reload of the knowledge directory last failed (absent: never).", nil, nil)
	descVerify = prometheus.NewDesc("boussole_kb_verify_findings",
		"Findings of the last `kb verify` run, by severity.", []string{"severity"}, nil)
	descVerifyAt = prometheus.NewDesc("boussole_kb_verify_finished_timestamp_seconds",
		"When the last `kb verify` run finished.", nil, nil)
	descReady      = prometheus.NewDesc("boussole_adapter_ready", "1 when the adapter is connected and answering.", []string{"adapter"}, nil)
	descReconnects = prometheus.NewDesc("boussole_adapter_reconnects_total",
		"Times the adapter connected again to its platform after losing it.", []string{"adapter"}, nil)
)

// stateCollector reads what already lives elsewhere at each scrape, so nothing has to be
// kept in step.
type stateCollector struct {
	bot      *bot.Bot
	stateDir string
	adapters func() []adapterState
}

func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descKBLoaded, descKBSize, descReloadFailing, descReloadFailed, descVerify, descVerifyAt, descReady, descReconnects} {
		ch <- d
	}
}

func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	kb := c.bot.KB()
	gauge(descKBLoaded, float64(kb.LoadedAt.UnixNano())/1e9)
	gauge(descKBSize, float64(len(kb.Tools)), "tools")
	gauge(descKBSize, float64(len(kb.Providers)), "providers")
	gauge(descKBSize, float64(len(kb.Products)), "products")
	if st, ok := c.bot.StoreStatus(); ok {
		failing := 0.0
		if st.LastError != "" {
			failing = 1
		}
		gauge(descReloadFailing, failing)
		if !st.FailedAt.IsZero() {
			gauge(descReloadFailed, float64(st.FailedAt.UnixNano())/1e9)
		}
	}
	if c.stateDir != "" {
		if r, err := verify.Load(c.stateDir); err == nil {
			gauge(descVerify, float64(r.Counts.Errors), "error")
			gauge(descVerify, float64(r.Counts.Warnings), "warning")
			gauge(descVerify, float64(r.Counts.Infos), "info")
			gauge(descVerifyAt, float64(r.Finished.UnixNano())/1e9)
		}
	}
	for _, a := range c.adapters() {
		v := 0.0
		if a.err == nil {
			v = 1
		}
		gauge(descReady, v, a.name)
		if a.reconnects >= 0 {
			ch <- prometheus.MustNewConstMetric(descReconnects, prometheus.CounterValue, float64(a.reconnects), a.name)
		}
	}
}

// metricsOnly serves /metrics to the networks of http.metrics_from only: it tells
// outsiders nothing they need.
func (s *Server) metricsOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, err := netip.ParseAddr(s.clientIP(r))
		if err != nil || !inPrefixes(s.metricsFrom, a) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// healthz says the process is alive and serving HTTP.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz says whether Boussole can answer: a KB is loaded and every enabled adapter is
// connected (503 otherwise, with the reasons).
func (s *Server) readyz(w http.ResponseWriter, _ *http.Request) {
	type state struct {
		Ready bool   `json:"ready"`
		Error string `json:"error,omitempty"`
	}
	out := struct {
		Ready    bool             `json:"ready"`
		KB       state            `json:"kb"`
		Adapters map[string]state `json:"adapters"`
	}{Ready: true, Adapters: map[string]state{}}
	kb := s.bot.KB()
	out.KB.Ready = kb != nil && len(kb.Tools) > 0
	if !out.KB.Ready {
		out.Ready, out.KB.Error = false, "no knowledge base loaded"
	}
	for _, a := range s.adapters() {
		st := state{Ready: a.err == nil}
		if a.err != nil {
			st.Error, out.Ready = a.err.Error(), false
		}
		out.Adapters[a.name] = st
	}
	status := http.StatusOK
	if !out.Ready {
		status = http.StatusServiceUnavailable
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, out)
}
