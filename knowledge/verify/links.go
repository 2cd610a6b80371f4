// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// linkRef is one place in the KB that cites a URL.
type linkRef struct {
	URL         string
	Field       string // "site", "source", "cnll"
	SubjectType string
	Subject     string
	Pos         knowledge.Pos
}

// linkRefs lists every URL the KB cites: providers' websites, CNLL pages and sources,
// tools' websites and sources, products' sources.
func linkRefs(kb *knowledge.KB) []linkRef {
	var out []linkRef
	add := func(u, field, typ, id string, pos knowledge.Pos) {
		if strings.TrimSpace(u) != "" {
			out = append(out, linkRef{URL: strings.TrimSpace(u), Field: field, SubjectType: typ, Subject: id, Pos: pos})
		}
	}
	for _, p := range kb.Providers {
		add(p.Website, "site", "provider", p.ID, p.Pos)
		add(p.CNLLURL, "cnll", "provider", p.ID, p.Pos)
		for _, s := range p.Sources {
			add(s.URL, "source", "provider", p.ID, p.Pos)
		}
	}
	for _, t := range kb.Tools {
		add(t.Website, "site", "tool", t.ID, t.Pos)
		for _, s := range t.Sources {
			add(s.URL, "source", "tool", t.ID, t.Pos)
		}
	}
	for _, p := range kb.Products {
		for _, s := range p.Sources {
			add(s.URL, "source", "product", p.ID, p.Pos)
		}
	}
	return out
}

// links fetches every cited URL once (GET, a few KiB at most, redirects followed) and
// reports each citing entry: dead pages, domains and certificates are errors, a redirect
// to another domain a warning.
func (r *run) links(ctx context.Context) {
	byURL := map[string][]linkRef{}
	var urls []string
	for _, l := range linkRefs(r.kb) {
		if _, ok := byURL[l.URL]; !ok {
			urls = append(urls, l.URL)
		}
		byURL[l.URL] = append(byURL[l.URL], l)
	}
	each(urls, func(u string) {
		refs := byURL[u]
		if r.offline != nil {
			for _, l := range refs {
				r.unreachable(CheckLinks, l.SubjectType, l.Subject, l.Pos, u)
			}
			return
		}
		resp, err := r.http.get(ctx, u, nil, r.opts.MaxBody, true)
		f, ok := judgeLink(u, resp, err)
		if !ok {
			return
		}
		for _, l := range refs {
			g := f
			g.Check, g.Subject, g.SubjectType, g.Pos = CheckLinks, l.Subject, l.SubjectType, posString(l.Pos)
			g.Message = l.Field + " : " + f.Message
			r.add(g)
		}
	})
}

// judgeLink turns the outcome of a fetch into a finding (without its subject); false
// when the link is fine and needs no mention.
func judgeLink(u string, resp *response, err error) (Finding, bool) {
	ev := map[string]string{"url": u}
	if err != nil {
		f := describe(err)
		ev["erreur"] = f.Detail
		switch f.Kind {
		case "dns", "tls":
			return Finding{Severity: Error, Kind: "dead-link", Message: f.Message, Evidence: ev}, true
		case "canceled":
			return Finding{}, false
		}
		return Finding{Severity: Warning, Kind: "link-failed", Message: "injoignable pour l'instant : " + f.Message, Evidence: ev}, true
	}
	ev["statut"] = fmt.Sprint(resp.Status)
	if len(resp.Chain) > 0 {
		ev["redirections"] = chainString(resp)
		ev["url_finale"] = resp.URL
	}
	switch s := resp.Status; {
	case s == http.StatusNotFound || s == http.StatusGone:
		return Finding{Severity: Error, Kind: "dead-link", Message: fmt.Sprintf("page disparue (HTTP %d)", s), Evidence: ev}, true
	case s == http.StatusUnauthorized || s == http.StatusForbidden:
		return Finding{Severity: Info, Kind: "forbidden", Message: fmt.Sprintf("accès refusé aux robots (HTTP %d) : à vérifier à la main", s), Evidence: ev}, true
	case isRedirect(s):
		return Finding{Severity: Warning, Kind: "link-failed", Message: fmt.Sprintf("redirection sans destination (HTTP %d)", s), Evidence: ev}, true
	case s >= 400:
		return Finding{Severity: Warning, Kind: "link-failed", Message: fmt.Sprintf("réponse HTTP %d", s), Evidence: ev}, true
	}
	if len(resp.Chain) == 0 {
		return Finding{}, false
	}
	if from, to := siteOf(u), siteOf(resp.URL); from != to {
		return Finding{Severity: Warning, Kind: "redirect-domain", Message: fmt.Sprintf("redirigé vers un autre domaine : %s → %s", from, to), Evidence: ev}, true
	}
	return Finding{Severity: Info, Kind: "redirect", Message: "redirigé sur le même site : mettre à jour l'adresse → " + resp.URL, Evidence: ev}, true
}

func chainString(resp *response) string {
	var parts []string
	for _, h := range resp.Chain {
		parts = append(parts, fmt.Sprintf("%s (%d)", h.URL, h.Status))
	}
	return strings.Join(append(parts, resp.URL), " → ")
}

// twoLabelSuffixes are public suffixes of two labels under which each name is a different
// site (a short list instead of the whole public-suffix list: these are the ones the KB's
// French links meet).
var twoLabelSuffixes = []string{
	"gouv.fr", "asso.fr", "com.fr", "nom.fr", "co.uk", "org.uk", "github.io", "gitlab.io", "frama.io",
	"framagit.io", "netlify.app", "pages.dev", "readthedocs.io", "wordpress.com", "blogspot.com",
}

// siteOf returns the registrable part of a URL's host ("www.example.org" and
// "docs.example.org" are the same site, "a.github.io" and "b.github.io" are not).
func siteOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return host
	}
	labels := strings.Split(host, ".")
	n := 2
	if len(labels) >= 3 && slices.Contains(twoLabelSuffixes, strings.Join(labels[len(labels)-2:], ".")) {
		n = 3
	}
	if len(labels) <= n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}
