// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

import (
	"slices"
	"sort"

	"github.com/boussole-libre/boussole/knowledge/geo"
)

// Level is how close a provider is to the place asked for.
type Level int

// Levels, best last.
const (
	LevelNone     Level = iota
	LevelNational       // works remotely for all of France
	LevelRegion         // an establishment in the region
	LevelArea           // in the former region named ("Picardie")
	LevelDep            // in the département
	LevelCity           // in the commune
)

// ProviderQuery asks for providers near a place, for some tools or a service.
type ProviderQuery struct {
	Place   geo.Place // zero: anywhere
	Tools   []string  // tool ids, most wanted first
	Service string    // one of Services, or ""
	Kind    string    // preferred kind (an association for "hébergeur associatif"), or ""
	Network string    // preferred network ("FFDN" for "un FAI associatif"), or ""
	// Hosts is a category the provider should run for the public ("courriel" when
	// leaving Gmail): hosting it counts as listing the tools.
	Hosts string
	// Strict keeps only providers that list the tools (any of them), and StrictService only
	// those that list the service; otherwise they only rank first.
	Strict        bool
	StrictService bool
}

// RankedProvider is a provider in an answer, with why it was chosen.
type RankedProvider struct {
	Provider *Provider
	Level    Level
	At       *Establishment // the establishment that matched the place (nil for national)
	Tools    []string       // the wanted tools it lists, in query order
	Service  bool           // it lists the wanted service
	HostedAs string         // the wanted category it runs for the public, or ""
}

// RankProviders returns the providers answering q: with a place, those in its region (or
// nearer) and the national ones; without, all. They are ranked by place (city, département,
// former region, region, national), then by how well they cover the tools and the service.
func (kb *KB) RankProviders(q ProviderQuery) []RankedProvider {
	out := make([]scoredProvider, 0, 16)
	for _, p := range kb.candidates(q) {
		if s, ok := scoreProvider(p, q); ok {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].before(&out[j]) })
	res := make([]RankedProvider, len(out))
	for i := range out {
		res[i] = out[i].RankedProvider
	}
	return res
}

// candidates are the providers that can match q: with a place, only the region's and the
// national ones, listed once at load time.
func (kb *KB) candidates(q ProviderQuery) []*Provider {
	if q.Place.IsZero() {
		return kb.Providers
	}
	if c, ok := kb.regionCandidates[q.Place.Region]; ok {
		return c
	}
	return kb.nationalProviders
}

// scoredProvider is a provider with what ranks it.
type scoredProvider struct {
	RankedProvider
	tools float64 // wanted tools it lists, the first ones weighing more
	name  string
	kind  bool // of the wanted kind
	// network: a member of the wanted network ("un FAI associatif": the FFDN's members
	// are the ones who provide it).
	network bool
}

// scoreProvider places and scores p for q; false when it does not match.
func scoreProvider(p *Provider, q ProviderQuery) (scoredProvider, bool) {
	r := RankedProvider{Provider: p}
	if !q.Place.IsZero() {
		if r.Level, r.At = placeLevel(p, q.Place); r.Level == LevelNone {
			return scoredProvider{}, false
		}
	}
	score := 0.0
	for k, t := range q.Tools {
		if slices.Contains(p.Tools, t) {
			r.Tools = append(r.Tools, t)
			score += 1.0 / float64(1+k)
		}
	}
	r.Service = q.Service != "" && slices.Contains(p.Services, q.Service)
	if q.Hosts != "" && slices.Contains(p.Hosts, q.Hosts) {
		score++ // a mail host is who someone leaving Gmail needs, whatever its software
		r.HostedAs = q.Hosts
	}
	if (q.Strict && len(q.Tools) > 0 && len(r.Tools) == 0 && r.HostedAs == "") || (q.StrictService && q.Service != "" && !r.Service) {
		return scoredProvider{}, false
	}
	return scoredProvider{r, score, p.sortName, q.Kind != "" && p.Kind == q.Kind, q.Network != "" && slices.Contains(p.Networks, q.Network)}, true
}

// before orders by hosting the service asked for the public, the kind asked within the region ("une asso à Privas": the region's
// associations before a company next door), place (nearest first), network, tools,
// service, kind, then name.
func (a *scoredProvider) before(b *scoredProvider) bool {
	switch {
	case (a.HostedAs == "") != (b.HostedAs == ""):
		// "an email provider": who runs mailboxes for the public, wherever it is, before
		// a company next door that does not.
		return a.HostedAs != ""
	case a.kind != b.kind && a.Level >= LevelRegion && b.Level >= LevelRegion:
		return a.kind
	case a.Level != b.Level:
		return a.Level > b.Level
	case a.network != b.network:
		return a.network
	case a.tools != b.tools:
		return a.tools > b.tools
	case a.Service != b.Service:
		return a.Service
	case a.kind != b.kind:
		return a.kind
	}
	return a.name < b.name
}

func placeLevel(p *Provider, pl geo.Place) (Level, *Establishment) {
	best, at := LevelNone, (*Establishment)(nil)
	for i := range p.Establishments {
		e := &p.Establishments[i]
		l := LevelNone
		switch {
		case pl.Commune != "" && e.Commune == pl.Commune:
			l = LevelCity
		case pl.Departement != "" && e.Departement == pl.Departement:
			l = LevelDep
		case pl.Area != "" && slices.Contains(pl.AreaDeps, e.Departement):
			l = LevelArea
		case e.Region == pl.Region:
			l = LevelRegion
		}
		if l > best {
			best, at = l, e
		}
	}
	if best == LevelNone && p.National {
		best = LevelNational
	}
	return best, at
}

// ProvidersInRegion counts the providers with an establishment in a region.
func (kb *KB) ProvidersInRegion(code string) int { return len(kb.providersByRegion[code]) }
