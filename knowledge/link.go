// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

// Cross-references: checked once every file is read, since an entry may name one defined
// in a later file.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// link checks references once every file is read, since a product may name a tool
// defined in a later file.
func (l *loader) link() {
	kb := l.kb
	kb.categories = make(map[string]*Category, len(kb.Categories))
	for _, c := range kb.Categories {
		kb.categories[c.ID] = c
	}
	kb.tools = make(map[string]*Tool, len(kb.Tools))
	kb.toolsByCategory = map[string][]*Tool{}
	repos := map[string]*Tool{}
	for _, t := range kb.Tools {
		kb.tools[t.ID] = t
		l.oneEntryPerRepository(repos, t)
		for _, c := range t.Categories {
			kb.toolsByCategory[c] = append(kb.toolsByCategory[c], t)
		}
	}
	kb.products = make(map[string]*Product, len(kb.Products))
	for _, p := range kb.Products {
		kb.products[p.ID] = p
	}
	kb.linkProviders()
	l.checkReferences()
}

// linkProviders indexes the providers by id and by region, the national ones counted in
// every region.
func (kb *KB) linkProviders() {
	kb.providers = make(map[string]*Provider, len(kb.Providers))
	kb.providersByRegion = map[string][]*Provider{}
	for _, p := range kb.Providers {
		kb.providers[p.ID] = p
		p.sortName = strings.ToLower(p.Name)
		seen := map[string]bool{}
		for _, e := range p.Establishments {
			if !seen[e.Region] {
				seen[e.Region] = true
				kb.providersByRegion[e.Region] = append(kb.providersByRegion[e.Region], p)
			}
		}
		if p.National {
			kb.nationalProviders = append(kb.nationalProviders, p)
		}
	}
	kb.regionCandidates = make(map[string][]*Provider, len(kb.providersByRegion))
	for code, local := range kb.providersByRegion {
		c := slices.Clone(local)
		for _, p := range kb.nationalProviders {
			if !slices.Contains(local, p) {
				c = append(c, p)
			}
		}
		kb.regionCandidates[code] = c
	}
}

// checkReferences reports the categories and tools named but never defined.
func (l *loader) checkReferences() {
	kb := l.kb
	catIDs := slices.Collect(maps.Keys(kb.categories))
	toolIDs := slices.Collect(maps.Keys(kb.tools))
	for _, r := range l.checks {
		switch r.kind {
		case "category":
			if _, ok := kb.categories[r.id]; !ok && !l.defined("category", r.id) {
				l.issues = append(l.issues, Issue{r.pos, fmt.Sprintf("unknown category %q%s", r.id, didYouMean(r.id, catIDs))})
			}
		case "tool":
			if _, ok := kb.tools[r.id]; !ok && !l.defined("tool", r.id) {
				l.issues = append(l.issues, Issue{r.pos, fmt.Sprintf("unknown tool %q in %s%s", r.id, r.what, didYouMean(r.id, toolIDs))})
			}
		}
	}
}

// oneEntryPerRepository reports a tool whose repository another tool already has: the
// same project entered twice under two ids answers twice and drifts apart.
func (l *loader) oneEntryPerRepository(repos map[string]*Tool, t *Tool) {
	key := strings.ToLower(strings.TrimSuffix(t.Repository, "/"))
	if key == "" {
		return
	}
	if first, dup := repos[key]; dup {
		l.issues = append(l.issues, Issue{t.Pos, fmt.Sprintf("tool %q has the repository of tool %q (%s): one project, one entry — merge them", t.ID, first.ID, first.Pos)})
		return
	}
	repos[key] = t
}

// defined reports whether an id was declared, even by an entry rejected for another reason:
// its references should not cascade into more errors.
func (l *loader) defined(kind, id string) bool {
	_, ok := l.seen[kind][id]
	return ok
}
