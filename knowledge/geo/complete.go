// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"sort"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Suggestion is a place offered while someone types: Name to show, Value to send back
// (a value Resolve understands).
type Suggestion struct {
	Name  string
	Value string
}

type completer struct {
	once  sync.Once
	items []Suggestion
	keys  []string // folded names, parallel to items
}

// completionMinPopulation keeps autocomplete lists to the towns people are likely to
// mean; smaller communes still resolve when typed in full.
const completionMinPopulation = 10000

func (g *Geo) completions() *completer {
	g.comp.once.Do(func() {
		c := &g.comp
		for _, code := range g.regOrder {
			r := g.regions[code]
			c.items = append(c.items, Suggestion{Name: r.Name + " (région)", Value: r.Name})
		}
		for _, d := range g.Departements() {
			c.items = append(c.items, Suggestion{Name: d.Name + " (" + d.Code + ")", Value: d.Code})
		}
		var cities []int
		for i, cm := range g.communes {
			if cm.Parent == "" && cm.Population >= completionMinPopulation {
				cities = append(cities, i)
			}
		}
		sort.Slice(cities, func(a, b int) bool { return g.communes[cities[a]].Population > g.communes[cities[b]].Population })
		for _, i := range cities {
			cm := g.communes[i]
			c.items = append(c.items, Suggestion{Name: cm.Name + " (" + cm.Dep + ")", Value: cm.Name})
		}
		for _, it := range c.items {
			c.keys = append(c.keys, textnorm.Fold(it.Name))
		}
	})
	return &g.comp
}

// Complete suggests up to n places for what someone is typing: regions, départements
// (by name or number), towns, and the commune of a full postal code.
func (g *Geo) Complete(typed string, n int) []Suggestion {
	c := g.completions()
	typed = strings.TrimSpace(typed)
	var out []Suggestion
	seen := map[string]bool{}
	push := func(s Suggestion) bool {
		if !seen[s.Name] {
			seen[s.Name] = true
			out = append(out, s)
		}
		return len(out) < n
	}
	if typed == "" {
		for _, it := range c.items[:min(n, len(c.items))] {
			push(it)
		}
		return out
	}
	if isDigits(typed) {
		if p, ok := g.postal(typed); ok {
			push(Suggestion{Name: p.City + " (" + typed + ")", Value: typed})
		}
		for _, d := range g.Departements() {
			if strings.HasPrefix(d.Code, typed) && !push(Suggestion{Name: d.Name + " (" + d.Code + ")", Value: d.Code}) {
				return out
			}
		}
		return out
	}
	f := textnorm.Fold(typed)
	if len(f) <= 3 {
		// "2a", "bzh", "idf": codes and aliases typed whole.
		if p, ok := g.Resolve(typed); ok && !push(Suggestion{Name: p.Label, Value: typed}) {
			return out
		}
	}
	for i, k := range c.keys {
		if strings.HasPrefix(k, f) && !push(c.items[i]) {
			return out
		}
	}
	for _, m := range fuzzy.Find(f, c.keys) {
		if !push(c.items[m.Index]) {
			break
		}
	}
	return out
}
