// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/bot"
)

func TestAskAnswersLikeAskJSON(t *testing.T) {
	_, ts := newTestServer(t, nil)
	var a bot.Answer
	resp := getJSON(t, ts, "/api/v1/ask?q="+url.QueryEscape("qui peut installer nextcloud à Rennes ?"), http.StatusOK, &a)
	if a.Intent != bot.IntentProviders || a.Region == nil || a.Region.Code != "53" || len(a.Providers) == 0 {
		t.Fatalf("answer = %+v", a)
	}
	if len(a.Tools) == 0 || a.Tools[0].ID != "nextcloud" {
		t.Errorf("tools = %+v, want nextcloud first", a.Tools)
	}
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("CORS origin = %q, want *", got)
	}
}

func TestAskFollowsAConversation(t *testing.T) {
	_, ts := newTestServer(t, nil)
	var first, follow bot.Answer
	getJSON(t, ts, "/api/v1/ask?conversation=c1&client=x&q="+url.QueryEscape("qui peut installer nextcloud à Rennes ?"), http.StatusOK, &first)
	getJSON(t, ts, "/api/v1/ask?conversation=c1&client=x&q="+url.QueryEscape("et à Lyon ?"), http.StatusOK, &follow)
	if !follow.ContextUsed || follow.Region == nil || follow.Region.Code != "84" {
		t.Fatalf("follow-up = %+v, want Lyon's region (84) from the context", follow)
	}
	var other bot.Answer // another conversation does not see the first
	getJSON(t, ts, "/api/v1/ask?conversation=c2&client=x&q="+url.QueryEscape("et à Lyon ?"), http.StatusOK, &other)
	if other.ContextUsed {
		t.Errorf("another conversation used the context: %+v", other)
	}
}

func TestAskInTheLanguageAsked(t *testing.T) {
	_, ts := newTestServer(t, nil)
	q := url.QueryEscape("alternative à Word ?")
	var asked, fr, en bot.Answer
	getJSON(t, ts, "/api/v1/ask?q="+q, http.StatusOK, &asked)
	getJSON(t, ts, "/api/v1/ask?lang=fr&q="+q, http.StatusOK, &fr)
	getJSON(t, ts, "/api/v1/ask?lang=en&q="+q, http.StatusOK, &en)
	if asked.Lang != bot.French || fr.Lang != bot.French || en.Lang != bot.English {
		t.Fatalf("langs = %q, %q, %q; want fr, fr, en", asked.Lang, fr.Lang, en.Lang)
	}
	if !strings.Contains(asked.Text, "Alternatives libres") || !strings.Contains(en.Text, "Free-software alternatives") {
		t.Errorf("texts:\n%s\n---\n%s", asked.Text, en.Text)
	}
	if len(en.Tools) == 0 || en.Tools[0].ID != asked.Tools[0].ID {
		t.Errorf("the language changed the tools: %+v vs %+v", en.Tools, asked.Tools)
	}
}

func TestAskRestrictedToARegion(t *testing.T) {
	_, ts := newTestServer(t, nil)
	var a bot.Answer
	getJSON(t, ts, "/api/v1/ask?region=53&q="+url.QueryEscape("qui peut installer nextcloud ?"), http.StatusOK, &a)
	if len(a.Providers) == 0 {
		t.Fatalf("no provider: %+v", a)
	}
	for _, p := range a.Providers {
		if p.Region != nil && p.Region.Code != "53" {
			t.Errorf("provider %s is in region %s, not 53", p.ID, p.Region.Code)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	_, ts := newTestServer(t, nil)
	long := strings.Repeat("a", DefaultMaxQuery+1)
	cases := []struct {
		path   string
		status int
		code   string
	}{
		{"/api/v1/ask", 400, "missing_query"},
		{"/api/v1/ask?q=" + long, 414, "too_long"},
		{"/api/v1/ask?q=gimp&region=99", 400, "unknown_region"},
		{"/api/v1/ask?q=gimp&lang=de", 400, "unknown_lang"},
		{"/api/v1/providers?region=Atlantide", 400, "invalid_search"},
		{"/api/v1/providers?page=zero", 400, "bad_page"},
		{"/api/v1/providers?page=9999", 404, "no_such_page"},
		{"/api/v1/providers?tool=" + long, 414, "too_long"},
		{"/api/v1/tools/no-such-tool", 404, "not_found"},
		{"/api/v1/nothing", 404, "not_found"},
		{"/api/v2/ask?q=x", 404, "not_found"},
	}
	for _, c := range cases {
		var e apiError
		getJSON(t, ts, c.path, c.status, &e)
		if e.Code != c.code || e.Error == "" {
			t.Errorf("GET %.60s: %+v, want code %s", c.path, e, c.code)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/api/v1/ask?q=x", nil)
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("POST: %d %s, want a JSON 405", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

func TestProvidersPages(t *testing.T) {
	_, ts := newTestServer(t, nil)
	var p1, p2 ProvidersPage
	getJSON(t, ts, "/api/v1/providers", http.StatusOK, &p1)
	getJSON(t, ts, "/api/v1/providers?page=2", http.StatusOK, &p2)
	if p1.Total <= DefaultPageSize || len(p1.Providers) != DefaultPageSize || p1.Pages < 2 {
		t.Fatalf("page 1: total %d, %d providers, %d pages", p1.Total, len(p1.Providers), p1.Pages)
	}
	if p2.Page != 2 || p2.Providers[0].ID == p1.Providers[0].ID {
		t.Errorf("page 2 starts with %s, like page 1", p2.Providers[0].ID)
	}
	var f ProvidersPage
	getJSON(t, ts, "/api/v1/providers?region=Bretagne&tool=nextcloud&service=h%C3%A9bergement", http.StatusOK, &f)
	if f.Region == nil || f.Region.Code != "53" || f.Tool == nil || f.Tool.ID != "nextcloud" || f.Service == nil || len(f.Providers) == 0 {
		t.Fatalf("filtered: %+v", f)
	}
}

func TestToolDocument(t *testing.T) {
	_, ts := newTestServer(t, nil)
	var d toolDoc
	getJSON(t, ts, "/api/v1/tools/nextcloud", http.StatusOK, &d)
	if d.Name != "Nextcloud" || d.License == "" || len(d.Replaces) == 0 || len(d.Providers) == 0 {
		t.Fatalf("tool = %+v", d)
	}
}

func TestCORSAllowedOrigins(t *testing.T) {
	_, ts := newTestServer(t, func(c *Config) { c.AllowedOrigins = []string{"https://alliance-libre.example"} })
	resp, _ := get(t, ts, "/api/v1/tools/nextcloud", "Origin", "https://alliance-libre.example")
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "https://alliance-libre.example" {
		t.Errorf("allowed origin: ACAO %q", got)
	}
	resp, _ = get(t, ts, "/api/v1/tools/nextcloud", "Origin", "https://evil.example")
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("other origin: ACAO %q, want none", got)
	}
	req, _ := http.NewRequest(http.MethodOptions, ts.URL+"/api/v1/ask", nil)
	req.Header.Set("Origin", "https://alliance-libre.example")
	req.Header.Set("Access-Control-Request-Method", "GET")
	pre, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	pre.Body.Close()
	if pre.StatusCode != http.StatusNoContent || !strings.Contains(pre.Header.Get("Access-Control-Allow-Methods"), "GET") {
		t.Errorf("preflight: %d %v", pre.StatusCode, pre.Header)
	}
}

func TestRateLimitAnswers429WithRetryAfter(t *testing.T) {
	_, ts := newTestServer(t, func(c *Config) { c.RateLimit = RateLimit{Burst: 3, Every: 2 * time.Second} })
	for i := range 3 {
		var a bot.Answer
		getJSON(t, ts, "/api/v1/ask?q=gimp", http.StatusOK, &a)
		_ = i
	}
	var e apiError
	resp := getJSON(t, ts, "/api/v1/ask?q=gimp", http.StatusTooManyRequests, &e)
	if e.Code != "rate_limited" || resp.Header.Get("Retry-After") != "2" {
		t.Errorf("429: %+v, Retry-After %q", e, resp.Header.Get("Retry-After"))
	}
	if r, _ := get(t, ts, "/healthz"); r.StatusCode != http.StatusOK {
		t.Errorf("healthz is limited too: %d", r.StatusCode)
	}
	if r, body := get(t, ts, "/prestataires"); r.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "Trop de demandes") {
		t.Errorf("page over the limit: %d", r.StatusCode)
	}
}

func TestClientIPTrustsOnlyConfiguredProxies(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.TrustedProxies = []string{"10.0.0.0/8"} })
	cases := []struct{ peer, xff, want string }{
		{"192.0.2.1:1234", "203.0.113.9", "192.0.2.1"},                          // untrusted peer: header ignored
		{"10.1.2.3:1234", "203.0.113.9", "203.0.113.9"},                         // trusted proxy
		{"10.1.2.3:1234", "198.51.100.7, 203.0.113.9, 10.9.9.9", "203.0.113.9"}, // spoofed left part ignored
		{"10.1.2.3:1234", "", "10.1.2.3"},
		{"10.1.2.3:1234", "not-an-ip", "10.1.2.3"},
	}
	for _, c := range cases {
		r, _ := http.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = c.peer
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := s.clientIP(r); got != c.want {
			t.Errorf("peer %s XFF %q: client %s, want %s", c.peer, c.xff, got, c.want)
		}
	}
}

func TestConfigValidateNamesKeys(t *testing.T) {
	c := DefaultConfig()
	c.Addr, c.PublicURL, c.AllowedOrigins = "nowhere", "ftp://x", []string{"https://a.example/path"}
	c.TrustedProxies, c.MaxQuery, c.RateLimit.Every = []string{"10.0.0.0/99"}, 1, 0
	err := c.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	for _, key := range []string{"http.addr", "http.public_url", "http.allowed_origins", "http.trusted_proxies", "http.max_query", "http.rate_limit.every"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("no %s in:\n%v", key, err)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

func TestHealthAndReadiness(t *testing.T) {
	s, ts := newTestServer(t, nil)
	if r, _ := get(t, ts, "/healthz"); r.StatusCode != http.StatusOK {
		t.Fatalf("healthz %d", r.StatusCode)
	}
	s.SetReadiness("quiet", nil)
	if r, body := get(t, ts, "/readyz"); r.StatusCode != http.StatusOK {
		t.Fatalf("readyz %d %s", r.StatusCode, body)
	}
	s.SetReadiness("matrix", readyFunc(func() error { return errDown }))
	r, body := get(t, ts, "/readyz")
	if r.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "sync failing") {
		t.Fatalf("readyz with a down adapter: %d %s", r.StatusCode, body)
	}
}

type readyFunc func() error

func (f readyFunc) Ready() error { return f() }

var errDown = errString("sync failing")

type errString string

func (e errString) Error() string { return string(e) }

func TestOnlyTheWidgetMayBeFramed(t *testing.T) {
	_, ts := newTestServer(t, nil)
	w, _ := get(t, ts, "/widget?region=53")
	if csp := w.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") || w.Header.Get("X-Frame-Options") != "" {
		t.Errorf("widget: CSP %q, X-Frame-Options %q", csp, w.Header.Get("X-Frame-Options"))
	}
	h, _ := get(t, ts, "/")
	if csp := h.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || h.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("home: CSP %q, X-Frame-Options %q", csp, h.Header.Get("X-Frame-Options"))
	}
}

func TestPagesFollowTheBrowserLanguage(t *testing.T) {
	_, ts := newTestServer(t, nil)
	_, fr := get(t, ts, "/prestataires", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
	_, en := get(t, ts, "/prestataires", "Accept-Language", "en-GB,en;q=0.9,fr;q=0.3")
	_, none := get(t, ts, "/prestataires")
	if !strings.Contains(fr, `<html lang="fr">`) || !strings.Contains(fr, "Annuaire des prestataires") {
		t.Error("French browser did not get French")
	}
	if !strings.Contains(en, `<html lang="en">`) || !strings.Contains(en, "Provider directory") {
		t.Error("English browser did not get English")
	}
	if !strings.Contains(none, `<html lang="fr">`) {
		t.Error("no Accept-Language: not French")
	}
}

func TestPagesWithoutJavaScript(t *testing.T) {
	_, ts := newTestServer(t, nil)
	cases := []struct {
		path   string
		status int
		want   []string
	}{
		{"/?q=" + url.QueryEscape("alternative à Google Drive"), 200, []string{`<section class="answer"`, "Nextcloud", `href="/outils/nextcloud"`}},
		{"/prestataires?region=53&tool=nextcloud", 200, []string{"Infini", `<option value="53" selected>`}},
		{"/prestataires?page=2", 200, []string{`rel="prev"`, "Page 2"}},
		{"/prestataires/infini", 200, []string{"Pourquoi Boussole le recommande", "a-brest.net"}},
		{"/outils/nextcloud", 200, []string{"AGPL", "Google Drive", `href="/prestataires/infini"`}},
		{"/prestataires/nobody", 404, []string{"Page introuvable"}},
		{"/outils/nothing", 404, []string{"Page introuvable"}},
		{"/prestataires?region=Atlantide", 200, []string{"Résultats"}},
		{"/?q=" + strings.Repeat("x", 600), 200, []string{"trop longue"}},
		{"/reponse?q=gimp", 200, []string{`<section class="answer"`}},
		{"/?lang=en&q=" + url.QueryEscape("who can host Nextcloud in Rennes?"), 200, []string{`<html lang="en">`, `lang="en"`, "Source:", "Providers"}},
		{"/widget?region=53&q=nextcloud", 200, []string{"Prestataires limités à la région Bretagne"}},
		{"/widget?region=53&lang=en", 200, []string{`<html lang="en">`, `<input type="hidden" name="lang" value="en">`}},
	}
	for _, c := range cases {
		resp, body := get(t, ts, c.path)
		if resp.StatusCode != c.status {
			t.Errorf("%.60s: %d, want %d", c.path, resp.StatusCode, c.status)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%.60s: no %q", c.path, w)
			}
		}
	}
}
