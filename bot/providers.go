// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Provider replies: one request struct, ranking by place and kind, pages and headings.

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// ProviderRequest is what a provider list is asked for, as wtf's filter structs: one
// value instead of a long argument list.
type ProviderRequest struct {
	Lang          Lang
	Place         geo.Place
	Tools         []string // tool ids, best first
	Service       string   // from the fixed vocabulary, or ""
	Kind          string   // company, cooperative, association, or ""
	Network       string   // a network whose members rank first ("FFDN"), or ""
	StrictTools   bool     // keep only providers that list one of Tools
	StrictService bool     // keep only providers that offer Service (a command option filters; a word in a sentence ranks)
	NationalFirst bool     // without a place, those who work for all of France first
	Hosts         string   // a category the providers should run for the public ("courriel"), or ""
	Page          int
}

// providerList is a ranked provider list and how it was obtained.
type providerList struct {
	ranked  []knowledge.RankedProvider
	local   int    // how many are in the place asked for
	relaxed bool   // nobody matched the strict filters, so they were dropped
	note    string // what the person should know about the list
}

func isLocal(p knowledge.RankedProvider) bool { return p.Level >= knowledge.LevelRegion }

// providersReply lists providers for req, one page at a time.
func providersReply(kb *knowledge.KB, req ProviderRequest) (Reply, providerList) {
	r := Reply{Intent: IntentProviders, Lang: req.Lang}
	if !req.Place.IsZero() {
		r.Place = placeInfo(kb, req.Place)
	}
	list := rankProviders(kb, req, r.Place)
	r.Title, r.Text = providersHeading(kb, req, r.Place, list)
	if !req.Place.IsZero() && list.local == 0 {
		r.Nearest = nearest(kb, req.Place.Region)
		r.Text += nearestText(req, r.Nearest, len(list.ranked) > 0)
	}
	r.ProviderPage = pageOf(kb, req, r.ProviderPage, list.ranked)
	if r.Pages > 1 {
		r.Hint = Tr(req.Lang, fmt.Sprintf("%d prestataires en tout ; précisez avec /prestataires région:… outil:… service:…", r.Total),
			fmt.Sprintf("%d providers in all; narrow with /prestataires région:… outil:… service:…", r.Total))
	}
	return r, list
}

// rankProviders ranks the providers for req, relaxing the strict filters when they leave
// nobody, and says so in the list's note.
func rankProviders(kb *knowledge.KB, req ProviderRequest, place *PlaceInfo) providerList {
	q := knowledge.ProviderQuery{Place: req.Place, Tools: req.Tools, Service: req.Service, Kind: req.Kind, Network: req.Network,
		Hosts: req.Hosts, Strict: req.StrictTools, StrictService: req.StrictService}
	l := providerList{ranked: kb.RankProviders(q)}
	what := strings.Join(names(kb, req.Tools, knowledge.HitTool), ", ")
	if req.Service != "" && req.StrictService {
		what = strings.TrimPrefix(what+", "+req.Service, ", ")
	}
	lang := req.Lang
	switch {
	case req.StrictTools && len(l.ranked) == 0 && what != "":
		q.Strict, q.StrictService = false, false
		l.ranked, l.relaxed = kb.RankProviders(q), true
		l.note = Tr(lang, "Aucun prestataire ne mentionne "+what+" ici ; voici les autres. ", "No provider mentions "+what+" here; here are the others. ")
	case req.StrictTools && place != nil && !slices.ContainsFunc(l.ranked, isLocal):
		// Nobody nearby shows the tool: the nearby providers first (they may still do it),
		// then those who show it and work remotely.
		q.Strict, q.StrictService = false, false
		local := slices.DeleteFunc(kb.RankProviders(q), func(p knowledge.RankedProvider) bool { return !isLocal(p) })
		if len(local) > 0 {
			l.note = Tr(lang, "Aucun prestataire connu dans ce secteur ("+place.Label+") ne mentionne "+what+" : voici ceux de la région (demandez-leur), puis ceux qui le font à distance. ",
				"No known provider near "+place.Label+" mentions "+what+": here are the region's (ask them), then those who do it remotely. ")
			l.ranked = append(local, l.ranked...)
		}
	}
	if !req.StrictTools {
		what = "" // tools that only rank are not what the list is for
	}
	kindFirst(kb, q, &l, lang, what)
	if req.Network != "" && slices.ContainsFunc(l.ranked, func(p knowledge.RankedProvider) bool {
		return slices.Contains(p.Provider.Networks, req.Network)
	}) {
		l.note += networkNote(lang, req.Network)
	}
	if place == nil && req.NationalFirst {
		sort.SliceStable(l.ranked, func(i, j int) bool { return l.ranked[i].Provider.National && !l.ranked[j].Provider.National })
	}
	for _, p := range l.ranked {
		if isLocal(p) {
			l.local++
		}
	}
	if place != nil && l.local > 0 && l.local < len(l.ranked) && l.local < PageSize && l.note == "" {
		l.note = fmt.Sprintf(Tr(lang, "Seulement %d prestataire(s) connu(s) dans ce secteur (%s) ; les suivants travaillent à distance. ",
			"Only %d known provider(s) near %s; the next ones work remotely. "), l.local, place.Label)
	}
	return l
}

// kindFirst puts first the providers of the kind asked when none of them lists the tools:
// "un hébergeur associatif pour notre site WordPress" wants associations that host, even
// if none names WordPress, before the companies that do.
func kindFirst(kb *knowledge.KB, q knowledge.ProviderQuery, l *providerList, lang Lang, what string) {
	// With a place, a national one of that kind is no answer to "une scop à Marseille".
	ofKind := func(p knowledge.RankedProvider) bool {
		return p.Provider.Kind == q.Kind && (q.Place.IsZero() || isLocal(p))
	}
	if q.Kind == "" || slices.ContainsFunc(l.ranked, ofKind) {
		return
	}
	label := KindLabel(q.Kind, lang)
	if what == "" {
		// "a coop in Marseille…": say there is none before listing the others.
		l.note += Tr(lang, "Je ne connais pas de "+label+" ici ; voici les autres. ", "I know no "+label+" here; here are the others. ")
		return
	}
	q.Tools, q.Strict, q.StrictService = nil, false, false
	kinds := slices.DeleteFunc(kb.RankProviders(q), func(p knowledge.RankedProvider) bool {
		return !ofKind(p) || q.Service != "" && !p.Service
	})
	if len(kinds) == 0 {
		l.note += Tr(lang, "Je ne connais pas de "+label+" ici ; voici les autres. ", "I know no "+label+" here; here are the others. ")
		return
	}
	l.note = Tr(lang, "Aucune "+label+" connue ne mentionne "+what+" : voici d'abord celles qui pourraient le faire (demandez-leur), puis les autres. ",
		"No known "+label+" mentions "+what+": first those that might do it (ask them), then the others. ")
	l.ranked = append(kinds, l.ranked...)
}

// networkNote says whose members come first.
func networkNote(lang Lang, network string) string {
	if network == "FFDN" {
		return Tr(lang, "Les membres de la FFDN (fournisseurs d'accès à Internet associatifs) d'abord. ",
			"Members of the FFDN (nonprofit internet providers) first. ")
	}
	return Tr(lang, "Les membres du collectif "+network+" d'abord. ", "Members of the "+network+" collective first. ")
}

// providersHeading is the title and text of a provider list.
func providersHeading(kb *knowledge.KB, req ProviderRequest, place *PlaceInfo, l providerList) (title, text string) {
	lang := req.Lang
	forTools := ""
	if len(req.Tools) > 0 && req.StrictTools { // tools that only rank do not say whom the list is for
		forTools = Tr(lang, " pour ", " for ") + strings.Join(names(kb, req.Tools, knowledge.HitTool), ", ")
	}
	switch {
	case place == nil:
		return Tr(lang, "Prestataires", "Providers") + forTools,
			l.note + Tr(lang, "Dites-moi votre ville, département ou région pour des prestataires proches.", "Tell me your city, département or region for providers near you.")
	case l.local == 0:
		return Tr(lang, "Aucun prestataire connu : ", "No known provider: ") + place.Label,
			l.note + Tr(lang, "Je ne connais pas encore de prestataire à cet endroit.", "I don't know any provider there yet.")
	default:
		return Tr(lang, "Prestataires — ", "Providers — ") + place.Label + forTools, l.note
	}
}

// nearestText names the nearest regions that have providers, when the place has none.
func nearestText(req ProviderRequest, nearest []RegionCount, remote bool) string {
	var parts []string
	for _, n := range nearest {
		parts = append(parts, fmt.Sprintf("%s (%d)", n.Name, n.Count))
	}
	text := ""
	if len(parts) > 0 {
		text += Tr(req.Lang, " Régions les plus proches : ", " Nearest regions: ") + strings.Join(parts, ", ") + "."
	}
	if remote {
		text += Tr(req.Lang, " Ceux-ci travaillent à distance, partout en France :", " These work remotely, all over France:")
	}
	return text
}

// pageOf cuts the requested page out of the ranked providers.
func pageOf(kb *knowledge.KB, req ProviderRequest, pg ProviderPage, ranked []knowledge.RankedProvider) ProviderPage {
	pg.Total = len(ranked)
	pg.Pages = max(1, (len(ranked)+PageSize-1)/PageSize)
	pg.Page = min(max(req.Page, 1), pg.Pages)
	from := (pg.Page - 1) * PageSize
	for _, p := range ranked[from:min(from+PageSize, len(ranked))] {
		pg.Providers = append(pg.Providers, providerItem(kb, p, req.Tools))
	}
	if pg.Pages > 1 {
		pg.Query = &ProvidersArgs{Place: placeArg(req.Place), Service: req.Service, Page: pg.Page}
		if len(req.Tools) > 0 {
			pg.Query.Tool = req.Tools[0]
		}
	}
	return pg
}

func placeArg(p geo.Place) string {
	switch {
	case p.IsZero():
		return ""
	case p.Commune != "":
		return p.City
	case p.Departement != "":
		return p.Departement
	case p.Area != "":
		return p.Area
	default:
		return p.Region
	}
}

func placeInfo(kb *knowledge.KB, p geo.Place) *PlaceInfo {
	pi := &PlaceInfo{Label: p.Label, RegionCode: p.Region, DepartementCode: p.Departement, City: p.City}
	if r, ok := kb.Geo.Region(p.Region); ok {
		pi.RegionName = r.Name
	}
	if d, ok := kb.Geo.Departement(p.Departement); ok {
		pi.DepartementName = d.Name
	}
	return pi
}

func nearest(kb *knowledge.KB, region string) []RegionCount {
	r, ok := kb.Geo.Region(region)
	if !ok {
		return nil
	}
	var out []RegionCount
	for _, code := range r.Neighbors {
		if n := kb.ProvidersInRegion(code); n > 0 {
			nr, _ := kb.Geo.Region(code)
			out = append(out, RegionCount{Code: code, Name: nr.Name, Count: n})
		}
	}
	return out
}

func providerItem(kb *knowledge.KB, rp knowledge.RankedProvider, wanted []string) ProviderItem {
	p := rp.Provider
	it := ProviderItem{ID: p.ID, Name: p.Name, Kind: p.Kind, URL: p.Website, National: p.National,
		Services: p.Services, Level: rp.Level, Remote: rp.Level == knowledge.LevelNational}
	e := rp.At
	if e == nil && len(p.Establishments) > 0 {
		e = &p.Establishments[0]
	}
	if e != nil {
		it.City, it.DepartementCode, it.RegionCode = e.City, e.Departement, e.Region
		if d, ok := kb.Geo.Departement(e.Departement); ok {
			it.DepartementName = d.Name
		}
		if r, ok := kb.Geo.Region(e.Region); ok {
			it.RegionName = r.Name
		}
	}
	tools := rp.Tools
	if len(wanted) == 0 {
		tools = p.Tools
	}
	it.Tools = names(kb, tools, knowledge.HitTool)
	if rp.HostedAs != "" {
		// "Courriel": it runs that service for the public, whatever it runs it with.
		it.Tools = append(names(kb, []string{rp.HostedAs}, knowledge.HitCategory), it.Tools...)
	}
	if s, ok := p.MainSource(); ok {
		it.Source, it.SourceDate = s.URL, s.When()
	}
	return it
}
