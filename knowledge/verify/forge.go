// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"fmt"
	"net/url"
	"strings"
)

// Forge kinds.
const (
	forgeGitHub = "github"
	forgeGitLab = "gitlab"
	forgeGitea  = "gitea" // Gitea and its fork Forgejo (Codeberg) share the API
)

// knownGitLab and knownGitea are instances recognised without a probe.
var (
	knownGitLab = []string{"gitlab.com", "framagit.org", "salsa.debian.org", "gitlab.gnome.org", "invent.kde.org",
		"gitlab.freedesktop.org", "gitlab.adullact.net"}
	knownGitea = []string{"codeberg.org", "gitea.com"}
)

// repoRef is a repository URL taken apart.
type repoRef struct {
	Scheme, Host string
	Path         string // "owner/name", or "group/subgroup/name" on GitLab
}

func (r repoRef) base() string { return r.Scheme + "://" + r.Host }

// ownerName returns the first two path segments (GitHub, Gitea: owner/name).
func (r repoRef) ownerName() (string, string) {
	owner, rest, _ := strings.Cut(r.Path, "/")
	name, _, _ := strings.Cut(rest, "/")
	return owner, name
}

// parseRepo reads a repository URL as people paste them: with or without ".git", a
// trailing slash, or a path inside the repository ("/tree/main", GitLab's "/-/…"). The
// path may be empty or a single segment: forges without an API (gitweb, cgit, Fossil,
// SVN) have such addresses.
func parseRepo(raw string) (repoRef, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return repoRef{}, fmt.Errorf("repository URL: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return repoRef{}, fmt.Errorf("repository URL %q: not an http(s) URL", raw)
	}
	p := strings.Trim(u.Path, "/")
	if i := strings.Index(p, "/-/"); i >= 0 {
		p = p[:i]
	}
	for _, marker := range []string{"/tree/", "/blob/", "/src/", "/releases", "/issues", "/commits"} {
		if i := strings.Index(p, marker); i >= 0 {
			p = p[:i]
		}
	}
	p = strings.TrimSuffix(strings.TrimRight(p, "/"), ".git")
	if p != "" {
		for _, s := range strings.Split(p, "/") {
			if s == "" || s == "." || s == ".." {
				return repoRef{}, fmt.Errorf("repository URL %q: bad path", raw)
			}
		}
	}
	return repoRef{Scheme: u.Scheme, Host: strings.ToLower(u.Host), Path: p}, nil
}

// hasOwnerName: the path names a repository as the API forges do (owner/name at least).
func (r repoRef) hasOwnerName() bool {
	owner, name := r.ownerName()
	return owner != "" && name != ""
}

// normLicence reduces an SPDX id to what forges can tell apart: forges (GitHub's licensee,
// GitLab) report "GPL-3.0" for both -only and -or-later, and GitLab uses lower case keys.
func normLicence(id string) string {
	id = strings.ToLower(strings.TrimSpace(id))
	id = strings.TrimSuffix(id, "+")
	id = strings.TrimSuffix(id, "-only")
	id = strings.TrimSuffix(id, "-or-later")
	return id
}

// unknownLicence: what forges say when they cannot name the licence.
func unknownLicence(id string) bool {
	switch normLicence(id) {
	case "", "noassertion", "other", "none", "unknown":
		return true
	}
	return false
}

// kbLicences returns the normalised ids of an SPDX expression ("MIT OR Apache-2.0",
// "GPL-2.0-only WITH Classpath-exception-2.0"): exceptions are left out.
func kbLicences(expr string) []string {
	expr = strings.NewReplacer("(", " ", ")", " ").Replace(expr)
	var out []string
	skip := false
	for _, tok := range strings.Fields(expr) {
		switch strings.ToUpper(tok) {
		case "AND", "OR":
			continue
		case "WITH":
			skip = true
			continue
		}
		if skip {
			skip = false
			continue
		}
		out = append(out, normLicence(tok))
	}
	return out
}

// licenceAgrees reports whether one of the forge's licences is named in the KB's
// expression.
func licenceAgrees(kb string, forge []string) bool {
	ids := kbLicences(kb)
	for _, f := range forge {
		for _, k := range ids {
			if normLicence(f) == k {
				return true
			}
		}
	}
	return false
}
