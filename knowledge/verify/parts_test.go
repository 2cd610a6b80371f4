// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
)

func TestParseRepo(t *testing.T) {
	for in, want := range map[string]string{
		"https://github.com/nextcloud/server":                  "github.com nextcloud/server",
		"https://github.com/nextcloud/server.git":              "github.com nextcloud/server",
		"https://github.com/nextcloud/server/tree/master/apps": "github.com nextcloud/server",
		"https://framagit.org/framasoft/mobilizon/-/tree/main": "framagit.org framasoft/mobilizon",
		"https://gitlab.com/group/sub/project/":                "gitlab.com group/sub/project",
		"https://codeberg.org/forgejo/forgejo/src/branch/main": "codeberg.org forgejo/forgejo",
		"https://GitHub.com/Owner/Repo":                        "github.com Owner/Repo",
	} {
		r, err := parseRepo(in)
		if err != nil || r.Host+" "+r.Path != want {
			t.Errorf("parseRepo(%q) = %q, %v; want %q", in, r.Host+" "+r.Path, err, want)
		}
	}
	for _, bad := range []string{"ftp://x.org/a/b", "github.com/a/b", "https://x.org/a/../b", "https://x.org/a//b"} {
		if _, err := parseRepo(bad); err == nil {
			t.Errorf("parseRepo(%q) accepted", bad)
		}
	}
	// Forges without an API have other addresses: kept, but no owner/name.
	for _, s := range []string{"https://git.libreoffice.org/core", "https://git.proxmox.com/?p=pve-manager.git", "https://github.com/owner"} {
		if r, err := parseRepo(s); err != nil || r.hasOwnerName() {
			t.Errorf("parseRepo(%q) = %+v, %v", s, r, err)
		}
	}
}

func TestLicenceAgreement(t *testing.T) {
	for _, c := range []struct {
		kb    string
		forge []string
		agree bool
	}{
		{"GPL-3.0-or-later", []string{"GPL-3.0"}, true}, // GitHub cannot tell -only from -or-later
		{"AGPL-3.0-only", []string{"agpl-3.0"}, true},   // GitLab keys are lower case
		{"MIT OR Apache-2.0", []string{"Apache-2.0"}, true},
		{"GPL-2.0-only WITH Classpath-exception-2.0", []string{"GPL-2.0"}, true},
		{"AGPL-3.0-or-later", []string{"MIT"}, false},
		{"GPL-2.0-or-later", []string{"GPL-3.0"}, false},
		{"LGPL-2.1-or-later", []string{"LGPL-3.0-or-later", "MIT"}, false},
	} {
		if got := licenceAgrees(c.kb, c.forge); got != c.agree {
			t.Errorf("licenceAgrees(%q, %v) = %v", c.kb, c.forge, got)
		}
	}
	for _, u := range []string{"NOASSERTION", "other", ""} {
		if !unknownLicence(u) {
			t.Errorf("%q should be an unknown licence", u)
		}
	}
}

func TestSiteOf(t *testing.T) {
	same := [][2]string{
		{"http://example.org/a", "https://www.example.org/b"},
		{"https://docs.example.org", "https://example.org"},
		{"https://www.service-public.gouv.fr/x", "https://service-public.gouv.fr"},
	}
	for _, p := range same {
		if siteOf(p[0]) != siteOf(p[1]) {
			t.Errorf("%s and %s should be one site", p[0], p[1])
		}
	}
	differ := [][2]string{
		{"https://a.github.io", "https://b.github.io"},
		{"https://example.org", "https://example.com"},
		{"https://www.impots.gouv.fr", "https://www.service-public.gouv.fr"},
	}
	for _, p := range differ {
		if siteOf(p[0]) == siteOf(p[1]) {
			t.Errorf("%s and %s should be two sites", p[0], p[1])
		}
	}
}

func TestRetryAfterAndReset(t *testing.T) {
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	if d, ok := parseRetryAfter("2", now); !ok || d != 2*time.Second {
		t.Errorf("Retry-After: 2 → %v %v", d, ok)
	}
	if d, ok := parseRetryAfter("Thu, 03 Dec 2026 09:00:30 GMT", now); !ok || d != 30*time.Second {
		t.Errorf("Retry-After date → %v %v", d, ok)
	}
	if _, ok := parseRetryAfter("soon", now); ok {
		t.Error("garbage Retry-After accepted")
	}
	h := http.Header{"X-Ratelimit-Reset": {"1796288460"}} // 2026-12-03 09:01:00 UTC
	if d, ok := parseReset(h, now); !ok || d != time.Minute {
		t.Errorf("x-ratelimit-reset → %v %v", d, ok)
	}
}

// TestGitHubExhaustedLimitStopsAsking: a 403 with x-ratelimit-remaining 0 and a reset an
// hour away makes the client give up on the host at once instead of hammering it.
func TestGitHubExhaustedLimitStopsAsking(t *testing.T) {
	rec := newRecorder()
	reset := time.Now().Add(time.Hour).Unix()
	gh := serve(t, rec, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset", strconv.FormatInt(reset, 10))
		writeJSON(w, 403, `{"message":"API rate limit exceeded for 192.0.2.1."}`)
	}), "")
	o := Options{GitHubAPI: gh.URL, PerHost: time.Millisecond, MaxRetryWait: time.Second}
	o.defaults()
	c := newClient(&o)
	for range 3 {
		_, err := c.get(t.Context(), gh.URL+"/repos/a/b", nil, 1024, true)
		var rl *RateLimitedError
		if !errors.As(err, &rl) || describe(err).Kind != "rate-limit" {
			t.Fatalf("want a rate-limit error, got %v", err)
		}
	}
	if n := len(rec.hits[hostOf(t, gh.URL)]); n != 1 {
		t.Errorf("%d requests after the limit was exhausted, want 1", n)
	}
}

func TestParseAge(t *testing.T) {
	for in, want := range map[string]time.Duration{"3y": 3 * Year, "18m": 18 * Year / 12, "90d": 90 * 24 * time.Hour, "720h": 720 * time.Hour} {
		if got, err := ParseAge(in); err != nil || got != want {
			t.Errorf("ParseAge(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "y", "-3y", "trois ans"} {
		if _, err := ParseAge(bad); err == nil {
			t.Errorf("ParseAge(%q) accepted", bad)
		}
	}
}

func TestParseChecks(t *testing.T) {
	got, err := ParseChecks("links, sirene,links")
	if err != nil || strings.Join(got, ",") != "links,sirene" {
		t.Errorf("ParseChecks = %v, %v", got, err)
	}
	if _, err := ParseChecks("sirene,dns"); err == nil {
		t.Error("unknown check accepted")
	}
}

func TestNewestSourceCountsPeriodsAtTheirEnd(t *testing.T) {
	got, label := newestSource([]knowledge.Source{{Date: "2019"}, {Date: "2019-05"}, {Checked: "2018-12-31"}})
	if label != "2019" || got.Format("2006-01-02") != "2019-12-31" {
		t.Errorf("newest = %v %q", got, label)
	}
}

// TestReportSaveLoadAndText: the saved report reads back the same, the JSON keys are the
// documented ones, and the text groups infos but shows errors with their evidence.
func TestReportSaveLoadAndText(t *testing.T) {
	w := newWorld(t)
	rep := runWorld(t, w)
	dir := t.TempDir()
	if _, err := Load(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of nothing: %v", err)
	}
	if err := Save(dir, rep); err != nil {
		t.Fatal(err)
	}
	back, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if back.Counts != rep.Counts || len(back.Findings) != len(rep.Findings) || !back.Started.Equal(rep.Started) {
		t.Errorf("loaded report differs: %+v vs %+v", back.Counts, rep.Counts)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "started", "finished", "kb", "checks", "network", "counts", "by_check", "findings"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON report lacks %q", k)
		}
	}
	buf.Reset()
	if err := WriteText(&buf, rep, false); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, s := range []string{"== Registre des entreprises", "ERREUR    fermee (providers/bretagne.yaml:3:5) — fermée au registre",
		"registre : https://annuaire-entreprises.data.gouv.fr/entreprise/100000001", "info      sans dépôt (1) : sans-depot", "Total : "} {
		if !strings.Contains(text, s) {
			t.Errorf("text report lacks %q:\n%s", s, text)
		}
	}
}
