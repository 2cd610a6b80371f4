// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// answerView is an answer as the page shows it.
type answerView struct {
	Question    string
	Lang        bot.Lang // the answer's language, which may differ from the page's
	Title, Text string
	Replaces    []bot.Ref
	Tools       []bot.ToolItem
	Providers   []providerView
	Total       int
	Nearest     []bot.RegionCount
	Suggestions []string
	Region      string // name of the region the widget restricts providers to
}

// providerView is one provider in a list.
type providerView struct {
	ID, Name, Kind, Where, Services, Tools, URL string
	Source, SourceDate                          string
	Lang                                        bot.Lang // for the few words of the line
}

func newAnswerView(q string, r bot.Reply, region string) *answerView {
	v := &answerView{Question: q, Lang: r.Lang, Title: r.Title, Text: r.Text, Replaces: r.Replaces, Tools: r.Tools,
		Total: r.Total, Nearest: r.Nearest, Suggestions: r.Suggestions, Region: region}
	if v.Lang == "" {
		v.Lang = bot.French
	}
	for _, p := range r.Providers {
		v.Providers = append(v.Providers, providerView{ID: p.ID, Name: p.Name, Kind: bot.KindLabel(p.Kind, v.Lang),
			Where: p.Where(v.Lang), Services: bot.ServicesLabel(p.Services, v.Lang), Tools: strings.Join(p.Tools, ", "),
			URL: p.URL, Source: p.Source, SourceDate: p.SourceDate, Lang: v.Lang})
	}
	return v
}

// listedProvider is a provider of the providers document as the directory lists it.
func listedProvider(kb *knowledge.KB, p bot.ProviderJSON, l bot.Lang) providerView {
	v := providerView{ID: p.ID, Name: p.Name, Kind: bot.KindLabel(p.Kind, l), URL: p.URL, Lang: l,
		Services: bot.ServicesLabel(p.Services, l), Tools: toolNames(kb, p.Tools)}
	var places []string
	for _, e := range p.Establishments {
		switch {
		case e.City != nil && e.Departement != nil:
			places = append(places, *e.City+" ("+e.Departement.Code+")")
		case e.Departement != nil:
			places = append(places, e.Departement.Name+" ("+e.Departement.Code+")")
		default:
			places = append(places, e.Region.Name)
		}
	}
	if p.National {
		places = append(places, bot.Tr(l, "à distance, toute la France", "remote, all of France"))
	}
	v.Where = strings.Join(slices.Compact(places), " ; ")
	if kp, ok := kb.Provider(p.ID); ok {
		if s, ok := kp.MainSource(); ok {
			v.Source, v.SourceDate = s.URL, s.When()
		}
	}
	return v
}

// toolNames names tool ids, at most 8 then "…", for a list line.
func toolNames(kb *knowledge.KB, ids []string) string {
	var out []string
	for i, id := range ids {
		if i == 8 {
			out = append(out, "…")
			break
		}
		if t, ok := kb.Tool(id); ok {
			out = append(out, t.Name)
		}
	}
	return strings.Join(out, ", ")
}

// option is one choice of a filter.
type option struct{ Value, Label string }

// filterOptions lists the regions, départements, tools and services the directory can
// filter on: only tools and services some provider lists, so no choice leads nowhere.
func filterOptions(kb *knowledge.KB) (regions, deps, tools, services []option) {
	for _, r := range kb.Geo.Regions() {
		regions = append(regions, option{r.Code, r.Name})
	}
	for _, d := range kb.Geo.Departements() {
		deps = append(deps, option{d.Code, d.Code + " — " + d.Name})
	}
	usedTools, usedServices := map[string]bool{}, map[string]bool{}
	for _, p := range kb.Providers {
		for _, t := range p.Tools {
			usedTools[t] = true
		}
		for _, s := range p.Services {
			usedServices[s] = true
		}
	}
	for _, t := range kb.Tools {
		if usedTools[t.ID] {
			tools = append(tools, option{t.ID, t.Name})
		}
	}
	slices.SortFunc(tools, func(a, b option) int { return strings.Compare(strings.ToLower(a.Label), strings.ToLower(b.Label)) })
	for s := range usedServices {
		services = append(services, option{s, s})
	}
	slices.SortFunc(services, func(a, b option) int { return strings.Compare(a.Value, b.Value) })
	return regions, deps, tools, services
}

// toolDoc is a tool as GET /api/v1/tools/{id} returns it and its page shows it.
type toolDoc struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	License     string           `json:"license"`
	Website     string           `json:"website"`
	Repository  string           `json:"repository,omitempty"`
	Developer   string           `json:"developer,omitempty"`
	SelfHosted  bool             `json:"self_hosted"`
	French      bool             `json:"french"`
	Categories  []bot.Ref        `json:"categories"`
	Replaces    []bot.Ref        `json:"replaces"`
	Providers   []bot.Ref        `json:"providers"`
	Sources     []bot.SourceJSON `json:"sources"`
}

func newToolDoc(kb *knowledge.KB, t *knowledge.Tool) toolDoc {
	d := toolDoc{ID: t.ID, Name: t.Name, Description: t.Description, License: t.License, Website: t.Website,
		Repository: t.Repository, Developer: t.Developer, SelfHosted: t.SelfHosted, French: t.French,
		Categories: []bot.Ref{}, Replaces: []bot.Ref{}, Providers: []bot.Ref{}, Sources: []bot.SourceJSON{}}
	for _, id := range t.Categories {
		if c, ok := kb.Category(id); ok {
			d.Categories = append(d.Categories, bot.Ref{ID: c.ID, Name: c.Name})
		}
	}
	for _, p := range kb.Products {
		if slices.ContainsFunc(p.Alternatives, func(a knowledge.Alternative) bool { return a.Tool == t.ID }) {
			d.Replaces = append(d.Replaces, bot.Ref{ID: p.ID, Name: p.Name})
		}
	}
	for _, p := range kb.Providers {
		if slices.Contains(p.Tools, t.ID) {
			d.Providers = append(d.Providers, bot.Ref{ID: p.ID, Name: p.Name})
		}
	}
	for _, s := range t.Sources {
		d.Sources = append(d.Sources, bot.SourceJSON{URL: s.URL, Date: s.Date, Checked: s.Checked, Shows: s.Shows})
	}
	return d
}
