// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"math"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// apiRoutes are the API's routes, as the OpenAPI document names them; the test checks
// that the two agree.
var apiRoutes = []string{"/api/v1/ask", "/api/v1/providers", "/api/v1/tools/{id}", "/api/v1/openapi.json"}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	api := map[string]http.HandlerFunc{
		"/api/v1/ask": s.apiAsk, "/api/v1/providers": s.apiProviders,
		"/api/v1/tools/{id}": s.apiTool, "/api/v1/openapi.json": s.apiOpenAPI,
	}
	for _, p := range apiRoutes {
		mux.Handle(p, s.cors(getOnly(api[p])))
	}
	mux.Handle("/api/", s.cors(http.HandlerFunc(s.apiNotFound)))
	mux.HandleFunc("GET /{$}", s.pageHome)
	mux.HandleFunc("GET /reponse", s.pageAnswerFragment)
	mux.HandleFunc("GET /prestataires", s.pageDirectory)
	mux.HandleFunc("GET /prestataires/{id}", s.pageProvider)
	mux.HandleFunc("GET /outils/{id}", s.pageTool)
	mux.HandleFunc("GET /widget", s.pageWidget)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /widget.js", serveStatic("widget.js"))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", s.metricsOnly(s.metrics.handler()))
	mux.HandleFunc("/", s.pageNotFound)
	return s.recover(s.secure(s.limit(mux)))
}

// getOnly answers an API route's other methods with a JSON 405 (the mux's own would be
// plain text); OPTIONS is the CORS preflight, already answered.
func getOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD, OPTIONS")
			writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", "the API only reads: use GET")
			return
		}
		h(w, r)
	})
}

// cors lets the allowed sites call the API from their pages.
func (s *Server) cors(h http.Handler) http.Handler {
	anyOrigin := slices.Contains(s.cfg.AllowedOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		switch {
		case anyOrigin:
			w.Header().Set("Access-Control-Allow-Origin", "*")
		case origin != "" && slices.Contains(s.cfg.AllowedOrigins, origin):
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type")
			w.Header().Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// secure sets the headers every response carries. The widget page may be framed by any
// site (that is its purpose); the others by none.
func (s *Server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		frame := "'none'"
		if r.URL.Path == "/widget" {
			frame = "*"
		} else {
			hd.Set("X-Frame-Options", "DENY")
		}
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "+
			"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors "+frame)
		h.ServeHTTP(w, r)
	})
}

// recover turns a panic in a handler into a 500, logged with its stack.
func (s *Server) recover(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := guard.Safely(r.Context(), s.log, "http "+r.URL.Path, func() { h.ServeHTTP(w, r) })
		if err != nil {
			s.metrics.panics.Inc()
			writeError(w, http.StatusInternalServerError, "internal", "internal error")
		}
	})
}

// unlimited paths cost nothing and must answer probes and scrapers even under load.
func unlimited(path string) bool {
	return strings.HasPrefix(path, "/static/") || path == "/widget.js" || path == "/healthz" || path == "/readyz" || path == "/metrics"
}

// limit applies the per-client rate limit: 429 with Retry-After (seconds until the next
// request is allowed), JSON under /api/, a short page elsewhere.
func (s *Server) limit(h http.Handler) http.Handler {
	if s.limiter == nil {
		return h
	}
	retry := strconv.Itoa(int(math.Ceil(s.cfg.RateLimit.Every.Seconds())))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if unlimited(r.URL.Path) || s.limiter.Check(s.clientIP(r)) == guard.Allow {
			h.ServeHTTP(w, r)
			return
		}
		s.metrics.limited.Inc()
		w.Header().Set("Retry-After", retry)
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeError(w, http.StatusTooManyRequests, "rate_limited", "too many requests: retry after "+retry+" s")
			return
		}
		s.pages.status(w, r, http.StatusTooManyRequests, "tooMany")
	})
}

// clientIP is the client's address: the peer, or, when the peer is a trusted proxy, the
// nearest untrusted address of X-Forwarded-For (read from the right: only the proxies'
// own additions can be believed).
func (s *Server) clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !s.trusted(peer) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return host // a malformed chain: trust nothing in it
		}
		if !s.trusted(a) {
			return a.Unmap().String()
		}
	}
	return host
}

func (s *Server) trusted(a netip.Addr) bool { return inPrefixes(s.proxies, a) }

func inPrefixes(list []netip.Prefix, a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range list {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
