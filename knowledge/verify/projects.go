// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
)

// repoInfo is what a forge says about a repository, whatever the forge.
type repoInfo struct {
	Forge        string
	APIURL       string
	Name         string // the forge's own owner/name, to notice a move
	Archived     bool
	LastActivity time.Time
	LastField    string   // which field gave LastActivity ("pushed_at"…)
	Licences     []string // as the forge names them; nil when it does not say
	LicenceShown string   // for the evidence
}

// errRepoMissing is a repository the forge does not know (404).
var errRepoMissing = errors.New("repository not found")

// forges remembers which forge each host runs, probing unknown hosts once.
type forges struct {
	mu    sync.Mutex
	kinds map[string]*forgeProbe
}

type forgeProbe struct {
	once sync.Once
	kind string
}

// projects reads the repository of every tool and reports archived or silent projects and
// licences that differ from the KB's.
func (r *run) projects(ctx context.Context) {
	fg := &forges{kinds: map[string]*forgeProbe{}}
	each(r.kb.Tools, func(t *knowledge.Tool) {
		mk := func(sev Severity, kind, msg string, ev map[string]string) {
			r.add(Finding{Severity: sev, Check: CheckProjects, Kind: kind, Subject: t.ID, SubjectType: "tool",
				Pos: posString(t.Pos), Message: msg, Evidence: ev})
		}
		if t.Repository == "" {
			mk(Info, "no-repository", "sans dépôt de code (champ repository)", nil)
			return
		}
		ref, err := parseRepo(t.Repository)
		if err != nil {
			mk(Warning, "bad-repository", "adresse de dépôt illisible", map[string]string{"url": t.Repository})
			return
		}
		if r.offline != nil {
			r.unreachable(CheckProjects, "tool", t.ID, t.Pos, t.Repository)
			return
		}
		info, err := r.readRepo(ctx, fg, ref)
		if info == nil && err == nil {
			f := r.unknownForge(ctx, t.Repository, ref)
			mk(f.Severity, f.Kind, f.Message, f.Evidence)
			return
		}
		for _, f := range judgeRepo(t, ref, info, err, r.opts.Now(), r.opts.SilentAfter) {
			mk(f.Severity, f.Kind, f.Message, f.Evidence)
		}
	})
}

// unknownForge checks a repository that no known API serves (gitweb, cgit, Fossil, SVN)
// as a link: a dead address is an error, a live one an info.
func (r *run) unknownForge(ctx context.Context, repo string, ref repoRef) Finding {
	resp, err := r.http.get(ctx, repo, nil, r.opts.MaxBody, true)
	if f, bad := judgeLink(repo, resp, err); bad && f.Severity == Error {
		f.Kind, f.Message = "repo-missing", "dépôt injoignable : "+f.Message
		return f
	}
	return Finding{Severity: Info, Kind: "unknown-forge", Message: "forge sans API lue (ni GitHub, ni GitLab, ni Forgejo/Gitea) : " +
		ref.Host + " ; santé et licence non vérifiées", Evidence: map[string]string{"dépôt": repo}}
}

// forgeOf says which forge serves ref: known hosts first, else a probe of the GitLab then
// the Gitea API, remembered per host.
func (r *run) forgeOf(ctx context.Context, fg *forges, ref repoRef) string {
	h := ref.Host
	switch {
	case slices.Contains(r.opts.GitHubHosts, h):
		return forgeGitHub
	case slices.Contains(knownGitLab, h) || slices.Contains(r.opts.GitLabHosts, h):
		return forgeGitLab
	case slices.Contains(knownGitea, h) || slices.Contains(r.opts.GiteaHosts, h):
		return forgeGitea
	}
	fg.mu.Lock()
	p, ok := fg.kinds[h]
	if !ok {
		p = &forgeProbe{}
		fg.kinds[h] = p
	}
	fg.mu.Unlock()
	p.once.Do(func() {
		if !ref.hasOwnerName() {
			return // not an owner/name path: no API forge serves it
		}
		if resp, err := r.http.get(ctx, ref.base()+"/api/v4/version", jsonAccept, 64<<10, false); err == nil && looksGitLab(resp) {
			p.kind = forgeGitLab
			return
		}
		if resp, err := r.http.get(ctx, ref.base()+"/api/v1/version", jsonAccept, 64<<10, false); err == nil && resp.Status == 200 &&
			strings.Contains(string(resp.Body), `"version"`) {
			p.kind = forgeGitea
		}
	})
	return p.kind
}

// looksGitLab: GitLab answers /api/v4/version with its version, or 401 without a token.
func looksGitLab(resp *response) bool {
	body := string(resp.Body)
	return (resp.Status == 200 && strings.Contains(body, `"version"`) && strings.Contains(body, `"revision"`)) ||
		(resp.Status == http.StatusUnauthorized && strings.Contains(body, "401 Unauthorized"))
}

// errNotARepo is a forge address that names no owner/name repository.
var errNotARepo = errors.New("not an owner/name repository address")

// readRepo asks the repository's forge about it; nil, nil when no known API serves it.
func (r *run) readRepo(ctx context.Context, fg *forges, ref repoRef) (*repoInfo, error) {
	kind := r.forgeOf(ctx, fg, ref)
	if kind != "" && !ref.hasOwnerName() {
		return nil, errNotARepo
	}
	switch kind {
	case forgeGitHub:
		return r.readGitHub(ctx, ref)
	case forgeGitLab:
		return r.readGitLab(ctx, ref)
	case forgeGitea:
		return r.readGitea(ctx, ref)
	}
	return nil, nil
}

// fetchJSON gets an API URL and decodes its JSON into v.
func (r *run) fetchJSON(ctx context.Context, api string, hdr http.Header, v any) error {
	resp, err := r.http.get(ctx, api, hdr, 4<<20, true)
	if err != nil {
		return err
	}
	switch {
	case resp.Status == http.StatusNotFound || resp.Status == http.StatusGone:
		return errRepoMissing
	case resp.Status != 200:
		return fmt.Errorf("HTTP %d: %s", resp.Status, snippet(resp.Body))
	}
	if err := json.Unmarshal(resp.Body, v); err != nil {
		return fmt.Errorf("decode %s: %w", api, err)
	}
	return nil
}

// detected records the one licence the forge detected, as an identifier and as shown.
func (i *repoInfo) detected(id, shown string) {
	i.Licences, i.LicenceShown = []string{id}, shown
}

func (r *run) readGitHub(ctx context.Context, ref repoRef) (*repoInfo, error) {
	owner, name := ref.ownerName()
	api := fmt.Sprintf("%s/repos/%s/%s", r.opts.GitHubAPI, url.PathEscape(owner), url.PathEscape(name))
	hdr := http.Header{"Accept": {"application/vnd.github+json"}, "X-Github-Api-Version": {"2022-11-28"}}
	if r.opts.GitHubToken != "" {
		hdr.Set("Authorization", "Bearer "+r.opts.GitHubToken)
	}
	return r.readForge(ctx, "GitHub", api, hdr)
}

func (r *run) readGitLab(ctx context.Context, ref repoRef) (*repoInfo, error) {
	api := fmt.Sprintf("%s/api/v4/projects/%s?license=true", ref.base(), url.PathEscape(ref.Path))
	hdr := http.Header{"Accept": {"application/json"}}
	if r.opts.GitLabToken != "" && slices.Contains(r.opts.GitLabTokenHosts, ref.Host) {
		hdr.Set("Private-Token", r.opts.GitLabToken)
	}
	return r.readForge(ctx, "GitLab", api, hdr)
}

func (r *run) readGitea(ctx context.Context, ref repoRef) (*repoInfo, error) {
	owner, name := ref.ownerName()
	api := fmt.Sprintf("%s/api/v1/repos/%s/%s", ref.base(), url.PathEscape(owner), url.PathEscape(name))
	return r.readForge(ctx, "Forgejo/Gitea", api, jsonAccept)
}

// forgeRepo is the part of a forge's repository answer that is checked, its fields grouped
// by the forge that fills them: GitHub's GET /repos/{owner}/{repo}, GitLab's
// GET /projects/:id?license=true, Forgejo's and Gitea's GET /repos/{owner}/{repo}.
type forgeRepo struct {
	Archived bool `json:"archived"` // every forge

	FullName string    `json:"full_name"` // GitHub, Forgejo and Gitea
	PushedAt time.Time `json:"pushed_at"` // GitHub
	License  *struct {
		SPDX string `json:"spdx_id"`
		Key  string `json:"key"`
		Name string `json:"name"`
	} `json:"license"` // GitHub and GitLab

	Path           string    `json:"path_with_namespace"` // GitLab
	LastActivityAt time.Time `json:"last_activity_at"`

	UpdatedAt time.Time `json:"updated_at"` // Forgejo and Gitea
	Licenses  []string  `json:"licenses"`   // Gitea ≥ 1.22; absent on forges that do not detect licences
}

// readForge gets a repository's answer from a forge's API and keeps what is checked.
func (r *run) readForge(ctx context.Context, forge, api string, hdr http.Header) (*repoInfo, error) {
	var v forgeRepo
	if err := r.fetchJSON(ctx, api, hdr, &v); err != nil {
		return nil, err
	}
	info := &repoInfo{Forge: forge, APIURL: api, Archived: v.Archived, Licences: []string{}}
	switch forge {
	case "GitHub":
		info.Name, info.LastActivity, info.LastField = v.FullName, v.PushedAt, "pushed_at"
		if v.License != nil {
			info.detected(v.License.SPDX, v.License.SPDX)
		}
	case "GitLab":
		info.Name, info.LastActivity, info.LastField = v.Path, v.LastActivityAt, "last_activity_at"
		if v.License != nil {
			info.detected(v.License.Key, v.License.Key+" ("+v.License.Name+")")
		}
	default:
		info.Name, info.LastActivity, info.LastField = v.FullName, v.UpdatedAt, "updated_at"
		info.Licences, info.LicenceShown = v.Licenses, strings.Join(v.Licenses, ", ")
	}
	return info, nil
}
