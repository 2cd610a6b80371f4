// SPDX-License-Identifier: AGPL-3.0-or-later

// Package verify checks the knowledge base against the world: the company register (API
// Recherche d'entreprises) for providers, every website and source link, the health and
// licence of each tool's repository (GitHub, GitLab, Forgejo/Gitea), and the age of the
// providers' sources. It only reports: nothing in the KB is ever written from here.
//
// Every network check goes through one polite client (see client): a global limit on
// requests in flight, one request per interval per host, timeouts and retries that honour
// Retry-After. All base URLs and the transport are injectable, so tests run against local
// fakes of each API.
package verify

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
)

// Year is the length of a year for ages and silences (365.25 days).
const Year = 8766 * time.Hour

// Options configures a run. The zero value runs every check against the real services
// with polite defaults.
type Options struct {
	Checks      []string      // checks to run (AllChecks when empty)
	MaxAge      time.Duration // freshness: a provider whose newest source is older is listed (default 3 years)
	SilentAfter time.Duration // projects: no activity for this long is a warning (default 2 years)
	Now         func() time.Time
	KBLabel     string // how the report names the KB ("embedded KB", a directory)

	Concurrency   int                      // requests in flight at once, all hosts together (default 8)
	PerHost       time.Duration            // minimum time between two requests to one host (default 1 s)
	HostIntervals map[string]time.Duration // per-host overrides, by host[:port]
	Timeout       time.Duration            // per request (default 20 s)
	Retries       int                      // extra tries on 429/5xx (default 2; negative: none)
	MaxRetryWait  time.Duration            // longest Retry-After honoured before giving up on a host (default 60 s)
	MaxBody       int64                    // bytes read from a page when checking a link (default 32 KiB)

	RegisterURL      string   // API Recherche d'entreprises (default https://recherche-entreprises.api.gouv.fr)
	GitHubAPI        string   // default https://api.github.com
	GitHubHosts      []string // hosts whose repositories are read through GitHubAPI (default github.com)
	GitLabHosts      []string // known GitLab instances (added to the built-in list)
	GiteaHosts       []string // known Forgejo/Gitea instances (added to the built-in list)
	GitHubToken      string   // optional (BOUSSOLE_GITHUB_TOKEN): 5,000 requests/hour instead of 60
	GitLabToken      string   // optional (BOUSSOLE_GITLAB_TOKEN), sent only to GitLabTokenHosts
	GitLabTokenHosts []string // default gitlab.com
	ProbeURLs        []string // fetched first to tell "offline" from "dead" (default: the register and GitHub API)
	Transport        http.RoundTripper
}

// Environment variables read by TokensFromEnv.
const (
	EnvGitHubToken = "BOUSSOLE_GITHUB_TOKEN"
	EnvGitLabToken = "BOUSSOLE_GITLAB_TOKEN"
)

// TokensFromEnv sets the optional forge tokens from the environment.
func (o *Options) TokensFromEnv(getenv func(string) string) {
	o.GitHubToken = strings.TrimSpace(getenv(EnvGitHubToken))
	o.GitLabToken = strings.TrimSpace(getenv(EnvGitLabToken))
}

func (o *Options) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.MaxAge, 3*Year)
	def(&o.SilentAfter, 2*Year)
	def(&o.PerHost, time.Second)
	def(&o.Timeout, 20*time.Second)
	def(&o.MaxRetryWait, 60*time.Second)
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.Retries == 0 {
		o.Retries = 2
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 32 << 10
	}
	o.RegisterURL = strings.TrimRight(cmp.Or(o.RegisterURL, "https://recherche-entreprises.api.gouv.fr"), "/")
	o.GitHubAPI = strings.TrimRight(cmp.Or(o.GitHubAPI, "https://api.github.com"), "/")
	if len(o.GitHubHosts) == 0 {
		o.GitHubHosts = []string{"github.com", "www.github.com"}
	}
	if len(o.GitLabTokenHosts) == 0 {
		o.GitLabTokenHosts = []string{"gitlab.com"}
	}
	if len(o.ProbeURLs) == 0 {
		o.ProbeURLs = []string{o.RegisterURL + "/", o.GitHubAPI + "/"}
	}
	if len(o.Checks) == 0 {
		o.Checks = AllChecks
	}
	if o.KBLabel == "" {
		o.KBLabel = "la base"
	}
}

func (o *Options) hostInterval(host string) time.Duration {
	if d, ok := o.HostIntervals[host]; ok {
		return d
	}
	return o.PerHost
}

// ParseChecks reads a comma-separated list of check names ("sirene,links").
func ParseChecks(s string) ([]string, error) {
	var out []string
	for _, c := range strings.Split(s, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		if !slices.Contains(AllChecks, c) {
			return nil, fmt.Errorf("unknown check %q (checks: %s)", c, strings.Join(AllChecks, ", "))
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// run is the state of one verification.
type run struct {
	opts     Options
	kb       *knowledge.KB
	http     *client
	offline  *failure // set when the probe could not reach the outside
	mu       sync.Mutex
	findings []Finding
}

func (r *run) add(f Finding) {
	r.mu.Lock()
	r.findings = append(r.findings, f)
	r.mu.Unlock()
}

// Run verifies kb and returns the report; it fails only on bad options or a cancelled
// context (then the report holds what was found so far). Network failures are findings.
func Run(ctx context.Context, kb *knowledge.KB, opts Options) (*Report, error) {
	opts.defaults()
	for _, c := range opts.Checks {
		if !slices.Contains(AllChecks, c) {
			return nil, fmt.Errorf("verify: unknown check %q", c)
		}
	}
	checks := make([]string, 0, len(opts.Checks))
	for _, c := range AllChecks { // report order, whatever the order asked
		if slices.Contains(opts.Checks, c) {
			checks = append(checks, c)
		}
	}
	r := &run{opts: opts, kb: kb}
	rep := &Report{Version: ReportVersion, Started: opts.Now(), KB: opts.KBLabel, Checks: checks, Network: "not used"}
	if slices.ContainsFunc(checks, func(c string) bool { return c != CheckFreshness }) {
		r.http = newClient(&r.opts)
		rep.Network = r.probe(ctx)
	}
	var wg sync.WaitGroup
	for _, c := range checks {
		fn := map[string]func(context.Context){CheckSirene: r.sirene, CheckLinks: r.links,
			CheckProjects: r.projects, CheckFreshness: func(context.Context) { r.freshness() }}[c]
		wg.Go(func() { fn(ctx) })
	}
	wg.Wait()
	rep.Findings = r.findings
	rep.Finished = opts.Now()
	rep.finish()
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("verify: interrupted: %w", err)
	}
	return rep, nil
}

// probe fetches the probe URLs: any HTTP answer proves the network works. When none
// answers, every network item is reported "réseau injoignable" instead of "dead".
func (r *run) probe(ctx context.Context) string {
	var first *failure
	for _, u := range r.opts.ProbeURLs {
		_, err := r.http.get(ctx, u, nil, 1024, false)
		if err == nil {
			return "ok"
		}
		if f := describe(err); first == nil {
			first = &f
		}
	}
	if first == nil {
		return "ok"
	}
	r.offline = first
	return "unreachable: " + first.Detail
}

// unreachable reports that an item could not be checked because the network is down.
func (r *run) unreachable(check, subjectType, subject string, pos knowledge.Pos, target string) {
	r.add(Finding{Severity: Error, Check: check, Kind: "unreachable", Subject: subject, SubjectType: subjectType,
		Pos: pos.String(), Message: "réseau injoignable : vérification impossible",
		Evidence: map[string]string{"url": target}}) // the network error itself is in the report's header
}

// each runs fn for every item in its own goroutine; the client bounds the requests.
func each[T any](items []T, fn func(T)) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Go(func() { fn(it) })
	}
	wg.Wait()
}

// ParseAge reads an age as admins write it: "3y" (years), "18m" (months), "90d" (days),
// or a Go duration ("720h").
func ParseAge(s string) (time.Duration, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if len(s) >= 2 {
		unit := map[byte]time.Duration{'y': Year, 'm': Year / 12, 'd': 24 * time.Hour, 'a': Year, 'j': 24 * time.Hour}[s[len(s)-1]]
		if n, err := strconv.ParseFloat(s[:len(s)-1], 64); err == nil && unit > 0 && n > 0 {
			return time.Duration(n * float64(unit)), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("bad age %q (examples: 3y, 18m, 90d)", s)
	}
	return d, nil
}
