// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

var testGeo = sync.OnceValues(geo.Load)

var testNow = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func rennes() []knowledge.Establishment {
	return []knowledge.Establishment{{City: "Rennes", Commune: "35238", Departement: "35", Region: "53"}}
}

func src(u, date string) []knowledge.Source { return []knowledge.Source{{URL: u, Date: date}} }

// world is a KB and the fakes of every service it points at.
type world struct {
	kb      *knowledge.KB
	opts    Options
	rec     *recorder
	limited atomic.Int32
	reg     *httptest.Server
}

// newWorld builds the fakes and a KB whose entries each exercise one case.
func newWorld(t *testing.T) *world {
	t.Helper()
	g, err := testGeo()
	if err != nil {
		t.Fatal(err)
	}
	w := &world{rec: newRecorder()}
	w.reg = serve(t, w.rec, fakeRegister(&w.limited), "")
	gh := serve(t, w.rec, fakeGitHub(), "")
	gl := serve(t, w.rec, fakeGitLab(t), "")
	gt := serve(t, w.rec, fakeGitea(), "")
	var other *httptest.Server
	site := serve(t, w.rec, fakeSite(func() string { return other.URL }), "")
	other = serve(t, w.rec, fakeSite(func() string { return site.URL }), "localhost")
	tlsSite := httptest.NewTLSServer(http.NotFoundHandler())
	t.Cleanup(tlsSite.Close)

	p := func(id, kind, siren string, est []knowledge.Establishment, web string, sources []knowledge.Source) *knowledge.Provider {
		return &knowledge.Provider{ID: id, Name: id, Kind: kind, SIREN: siren, Establishments: est, Website: web, Sources: sources,
			Pos: knowledge.Pos{File: "providers/bretagne.yaml", Line: 3, Col: 5}}
	}
	fresh := src(site.URL+"/ok", "2026-06")
	coop := p("coop-du-libre", knowledge.KindCooperative, "", rennes(), "", fresh)
	coop.Name = "Coop du Libre"
	w.kb = &knowledge.KB{Geo: g, Providers: []*knowledge.Provider{
		p("fermee", knowledge.KindCompany, "100000001", rennes(), site.URL+"/gone", fresh),
		p("demenage", knowledge.KindCompany, "100000002", rennes(), site.URL+"/moved", fresh),
		p("amis-du-libre", knowledge.KindCompany, "100000003", rennes(), site.URL+"/same", src(site.URL+"/ok", "2019-05")),
		p("ouvriers", knowledge.KindCompany, "100000004", rennes(), "http://expired.example/", fresh),
		p("partiel", knowledge.KindCompany, "100000005", rennes(), tlsSite.URL+"/", fresh),
		p("lent", knowledge.KindCompany, "100000006", rennes(), "", fresh),
		p("patiente", knowledge.KindCooperative, "100000007", rennes(), "", fresh),
		p("inconnue", knowledge.KindCompany, "100000008", rennes(), "", fresh),
		p("succursale", knowledge.KindCompany, "100000009", rennes(), "", fresh),
		coop,
	}, Tools: []*knowledge.Tool{
		{ID: "archive", License: "MIT", Repository: "https://github.com/old/archived"},
		{ID: "maison", License: "LicenseRef-custom", Repository: "https://github.com/org/custom.git"},
		{ID: "vivant", License: "AGPL-3.0-or-later", Repository: "https://github.com/org/fine"},
		{ID: "disparu", License: "MIT", Repository: "https://github.com/org/deleted"},
		{ID: "calme", License: "GPL-3.0-or-later", Repository: gl.URL + "/group/sub/quiet/-/tree/main"},
		{ID: "outil", License: "AGPL-3.0-or-later", Repository: gt.URL + "/someone/tool"},
		{ID: "sans-depot", License: "MIT"},
		{ID: "cgit", License: "MIT", Repository: site.URL + "/ok"},
		{ID: "cgit-mort", License: "MIT", Repository: site.URL + "/gone"},
		{ID: "pas-un-depot", License: "MIT", Repository: "https://github.com/seulement-un-compte"},
	}}
	w.opts = Options{
		Now: func() time.Time { return testNow }, RegisterURL: w.reg.URL, GitHubAPI: gh.URL,
		GiteaHosts: []string{hostOf(t, gt.URL)}, PerHost: 60 * time.Millisecond, Timeout: 400 * time.Millisecond,
		MaxRetryWait: 5 * time.Second, Concurrency: 3,
		HostIntervals: map[string]time.Duration{hostOf(t, w.reg.URL): 150 * time.Millisecond},
		Transport:     dnsFails{host: "expired.example", next: localhostTransport()},
	}
	return w
}

func hostOf(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// find returns the findings of a check about subject.
func find(r *Report, check, subject string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Check == check && f.Subject == subject {
			out = append(out, f)
		}
	}
	return out
}

// want asserts that subject has a finding of that kind and severity whose message holds text.
func want(t *testing.T, r *Report, check, subject string, sev Severity, kind, text string) Finding {
	t.Helper()
	for _, f := range find(r, check, subject) {
		if f.Kind == kind && f.Severity == sev && strings.Contains(f.Message, text) {
			return f
		}
	}
	t.Errorf("%s/%s: no %s %q finding with %q; got %+v", check, subject, sev, kind, text, find(r, check, subject))
	return Finding{}
}

func runWorld(t *testing.T, w *world) *Report {
	t.Helper()
	rep, err := Run(context.Background(), w.kb, w.opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Network != "ok" {
		t.Fatalf("network = %q", rep.Network)
	}
	return rep
}

func TestVerifyAgainstFakes(t *testing.T) {
	w := newWorld(t)
	rep := runWorld(t, w)

	t.Run("register", func(t *testing.T) {
		f := want(t, rep, CheckSirene, "fermee", Error, "closed", "fermée au registre")
		if !strings.Contains(f.Message, "2021-06-30") || f.Evidence["registre"] != "https://annuaire-entreprises.data.gouv.fr/entreprise/100000001" {
			t.Errorf("closed finding lacks its date or register page: %+v", f)
		}
		want(t, rep, CheckSirene, "demenage", Warning, "moved", "siège à LYON (69), hors des départements de la fiche (35)")
		want(t, rep, CheckSirene, "succursale", Info, "moved-branch", "établissement actif à RENNES")
		want(t, rep, CheckSirene, "amis-du-libre", Warning, "legal-form", "association au registre (forme 9220)")
		want(t, rep, CheckSirene, "ouvriers", Warning, "legal-form", "coopérative au registre (forme 5458")
		want(t, rep, CheckSirene, "partiel", Info, "state-unknown", "non diffusé")
		for _, f := range find(rep, CheckSirene, "partiel") {
			if f.Severity != Info {
				t.Errorf("a partially diffused unit must not be an error or warning: %+v", f)
			}
		}
		want(t, rep, CheckSirene, "lent", Warning, "check-failed", "pas de réponse dans le délai")
		want(t, rep, CheckSirene, "patiente", Info, "active", "créé le 2018-07-01")
		want(t, rep, CheckSirene, "inconnue", Warning, "not-found", "introuvable")
		c := want(t, rep, CheckSirene, "coop-du-libre", Info, "candidates", "COOP DU LIBRE (200000001)")
		if strings.Contains(c.Message, "200000002") {
			t.Errorf("a closed unit was proposed: %s", c.Message)
		}
		if c.Evidence["commande_1"] != "/kb prestataire modifier id:coop-du-libre champ:siren valeur:200000001" {
			t.Errorf("candidate command = %q", c.Evidence["commande_1"])
		}
		if w.kb.Providers[9].SIREN != "" {
			t.Error("a candidate was written into the KB")
		}
	})

	t.Run("links", func(t *testing.T) {
		want(t, rep, CheckLinks, "fermee", Error, "dead-link", "site : page disparue (HTTP 404)")
		f := want(t, rep, CheckLinks, "demenage", Warning, "redirect-domain", "redirigé vers un autre domaine : 127.0.0.1 → localhost")
		if !strings.Contains(f.Evidence["redirections"], "(301)") {
			t.Errorf("redirect chain not reported: %+v", f.Evidence)
		}
		want(t, rep, CheckLinks, "amis-du-libre", Info, "redirect", "même site")
		want(t, rep, CheckLinks, "ouvriers", Error, "dead-link", "domaine introuvable")
		want(t, rep, CheckLinks, "partiel", Error, "dead-link", "TLS")
		if got := find(rep, CheckLinks, "lent"); len(got) != 0 {
			t.Errorf("a working source link was reported: %+v", got)
		}
	})

	t.Run("projects", func(t *testing.T) {
		want(t, rep, CheckProjects, "archive", Warning, "archived", "archivé")
		want(t, rep, CheckProjects, "archive", Warning, "silent", "depuis le 2021-01-05")
		want(t, rep, CheckProjects, "maison", Info, "licence-unknown", "NOASSERTION")
		want(t, rep, CheckProjects, "vivant", Info, "repo-ok", "concordante")
		want(t, rep, CheckProjects, "disparu", Error, "repo-missing", "introuvable")
		want(t, rep, CheckProjects, "calme", Warning, "silent", "depuis le 2023-09-01")
		f := want(t, rep, CheckProjects, "outil", Warning, "licence", "la forge détecte MIT, la base dit AGPL-3.0-or-later")
		if f.Evidence["licence_forge"] != "MIT" || f.Evidence["licence_base"] != "AGPL-3.0-or-later" {
			t.Errorf("licence evidence = %+v", f.Evidence)
		}
		want(t, rep, CheckProjects, "sans-depot", Info, "no-repository", "sans dépôt")
		want(t, rep, CheckProjects, "cgit", Info, "unknown-forge", "forge sans API")
		want(t, rep, CheckProjects, "cgit-mort", Error, "repo-missing", "dépôt injoignable : page disparue")
		want(t, rep, CheckProjects, "pas-un-depot", Warning, "bad-repository", "ne désigne pas un dépôt")
		for _, f := range find(rep, CheckProjects, "calme") {
			if f.Kind == "licence" {
				t.Errorf("GPL-3.0 (GitLab key gpl-3.0) vs GPL-3.0-or-later must agree: %+v", f)
			}
		}
	})

	t.Run("freshness", func(t *testing.T) {
		want(t, rep, CheckFreshness, "amis-du-libre", Warning, "stale", "2019-05")
		if got := find(rep, CheckFreshness, "fermee"); len(got) != 0 {
			t.Errorf("a fresh provider was listed: %+v", got)
		}
	})

	if !rep.HasErrors() || rep.Counts.Errors != len(filter(rep, Error)) {
		t.Errorf("counts = %+v", rep.Counts)
	}
	for ua := range w.rec.agents {
		if !strings.Contains(ua, "Boussole") || !strings.Contains(ua, "https://github.com/boussole-libre/boussole") {
			t.Errorf("User-Agent %q does not name Boussole and its URL", ua)
		}
	}
}

func filter(r *Report, s Severity) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}

// TestPoliteness checks, from the fakes' side, that no host ever got two requests closer
// than its interval (so the register never saw more than 7 per second), that the 429's
// Retry-After was honoured, and that the global limit on requests in flight held.
func TestPoliteness(t *testing.T) {
	w := newWorld(t)
	runWorld(t, w)
	const jitter = 15 * time.Millisecond
	regHost := hostOf(t, w.reg.URL)
	w.rec.mu.Lock()
	defer w.rec.mu.Unlock()
	for host, times := range w.rec.hits {
		interval := w.opts.PerHost
		if host == regHost {
			interval = w.opts.HostIntervals[host]
		}
		slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap < interval-jitter {
				t.Errorf("%s: two requests %v apart, interval is %v", host, gap, interval)
			}
		}
		for i := range times { // the register's documented limit: 7 requests per second
			n := 0
			for j := i; j < len(times) && times[j].Sub(times[i]) < time.Second; j++ {
				n++
			}
			if host == regHost && n > 7 {
				t.Errorf("register got %d requests within one second", n)
			}
		}
	}
	var first, retry time.Time
	for i, p := range w.rec.paths[regHost] {
		if strings.Contains(p, "q=100000007") {
			if first.IsZero() {
				first = w.rec.hits[regHost][i]
			} else {
				retry = w.rec.hits[regHost][i]
			}
		}
	}
	if retry.IsZero() || retry.Sub(first) < time.Second-jitter {
		t.Errorf("429 with Retry-After: 1 retried after %v", retry.Sub(first))
	}
	if m := w.rec.maxInFlight.Load(); m > int32(w.opts.Concurrency) {
		t.Errorf("%d requests in flight at once, limit %d", m, w.opts.Concurrency)
	}
	if n := len(w.rec.hits[regHost]); n < 10 {
		t.Errorf("register got %d requests; the test does not exercise the limit", n)
	}
}

// TestOffline: with no network, every online item fails cleanly with "réseau injoignable"
// and freshness still runs in full.
func TestOffline(t *testing.T) {
	w := newWorld(t)
	w.opts.RegisterURL, w.opts.GitHubAPI = "http://127.0.0.1:1", "http://127.0.0.1:1"
	w.opts.Transport = dnsFails{host: "nothing", next: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (netConn, error) {
		return nil, errNoNetwork
	}}}
	rep, err := Run(context.Background(), w.kb, w.opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rep.Network, "unreachable") {
		t.Fatalf("network = %q", rep.Network)
	}
	for _, check := range []string{CheckSirene, CheckLinks} {
		for _, p := range w.kb.Providers {
			if check == CheckLinks && p.Website == "" && len(p.Sources) == 0 {
				continue
			}
			want(t, rep, check, p.ID, Error, "unreachable", "réseau injoignable")
		}
	}
	want(t, rep, CheckProjects, "archive", Error, "unreachable", "réseau injoignable")
	want(t, rep, CheckProjects, "sans-depot", Info, "no-repository", "")
	want(t, rep, CheckFreshness, "amis-du-libre", Warning, "stale", "")
	w.rec.mu.Lock()
	defer w.rec.mu.Unlock()
	if len(w.rec.hits) != 0 {
		t.Errorf("requests reached the fakes while offline: %v", w.rec.paths)
	}
}

// TestFreshnessOnlyNeedsNoNetwork: --only freshness never builds a client.
func TestFreshnessOnlyNeedsNoNetwork(t *testing.T) {
	w := newWorld(t)
	w.opts.Checks = []string{CheckFreshness}
	w.opts.RegisterURL = "http://127.0.0.1:1"
	rep, err := Run(context.Background(), w.kb, w.opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Network != "not used" || len(rep.Checks) != 1 || rep.Counts.Warnings != 1 || rep.Counts.Errors != 0 {
		t.Errorf("report = %+v", rep)
	}
}
