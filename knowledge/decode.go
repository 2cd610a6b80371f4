// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

// Decoders, one per kind of entry: categories, tools, products, providers and the lists
// they hold (alternatives, establishments, sources).

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
	"gopkg.in/yaml.v3"
)

func (l *loader) category(n *yaml.Node) {
	c := &Category{Pos: l.pos(n)}
	if !l.decode(n, "category", fields{
		"id": l.str(&c.ID), "name": l.str(&c.Name), "name_en": l.str(&c.NameEN),
		"description": l.str(&c.Description), "keywords": l.strs(&c.Keywords),
		"best": l.refs(&c.Best, "tool", "category best"),
	}) {
		return
	}
	if l.entry("category", n, c.ID, map[string]string{"id": c.ID, "name": c.Name}) {
		l.kb.Categories = append(l.kb.Categories, c)
	}
}

func (l *loader) tool(n *yaml.Node) {
	t := &Tool{Pos: l.pos(n)}
	var website, license, repo *yaml.Node
	if !l.decode(n, "tool", fields{
		"id": l.str(&t.ID), "name": l.str(&t.Name), "description": l.str(&t.Description),
		"license":     func(v *yaml.Node) { license = v; l.str(&t.License)(v) },
		"website":     func(v *yaml.Node) { website = v; l.str(&t.Website)(v) },
		"categories":  l.refs(&t.Categories, "category", "tool "+t.ID),
		"self_hosted": l.boolean(&t.SelfHosted), "french": l.boolean(&t.French),
		"developer": l.str(&t.Developer), "aliases": l.strs(&t.Aliases),
		"popularity": l.integer(&t.Popularity), "notes": l.str(&t.Notes),
		"ambiguous":  l.boolean(&t.Ambiguous),
		"repository": func(v *yaml.Node) { repo = v; l.str(&t.Repository)(v) },
		"needs":      func(v *yaml.Node) { l.strs(&t.Needs)(v); l.warnNeeds(v) },
		"sources":    func(v *yaml.Node) { l.sources(v, &t.Sources) },
		"platforms":  l.vocab(&t.Platforms, Platforms, "platform"),
	}) {
		return
	}
	ok := l.entry("tool", n, t.ID, map[string]string{"id": t.ID, "name": t.Name, "description": t.Description, "license": t.License, "website": t.Website})
	if len(t.Categories) == 0 {
		l.errorf(n, "tool %s: needs at least one category", orUnnamed(t.ID))
		ok = false
	}
	if t.License != "" {
		if msg := checkLicense(t.License); msg != "" {
			l.errorf(license, "tool %s: %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Website != "" {
		if msg := checkURL(t.Website); msg != "" {
			l.errorf(website, "tool %s: website %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Repository != "" {
		if msg := checkURL(t.Repository); msg != "" {
			l.errorf(repo, "tool %s: repository %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Popularity == 0 {
		t.Popularity = 3
	} else if t.Popularity < 1 || t.Popularity > 5 {
		l.errorf(n, "tool %s: popularity must be between 1 and 5", orUnnamed(t.ID))
		ok = false
	}
	if ok {
		l.kb.Tools = append(l.kb.Tools, t)
	}
}

func (l *loader) product(n *yaml.Node) {
	p := &Product{Pos: l.pos(n)}
	var altNode *yaml.Node
	if !l.decode(n, "product", fields{
		"id": l.str(&p.ID), "name": l.str(&p.Name), "vendor": l.str(&p.Vendor),
		"aliases": l.strs(&p.Aliases), "categories": l.refs(&p.Categories, "category", "product "+p.ID),
		"ambiguous": l.boolean(&p.Ambiguous), "notes": l.str(&p.Notes),
		"service":      l.boolean(&p.Service),
		"umbrella":     l.boolean(&p.Umbrella),
		"sources":      func(v *yaml.Node) { l.sources(v, &p.Sources) },
		"alternatives": func(v *yaml.Node) { altNode = v; l.alternatives(v, &p.Alternatives) },
	}) {
		return
	}
	ok := l.entry("product", n, p.ID, map[string]string{"id": p.ID, "name": p.Name, "vendor": p.Vendor})
	if len(p.Categories) == 0 {
		l.errorf(n, "product %s: needs at least one category", orUnnamed(p.ID))
		ok = false
	}
	if len(p.Alternatives) == 0 {
		if altNode == nil {
			altNode = n
		}
		l.errorf(altNode, "product %s: needs at least one libre alternative", orUnnamed(p.ID))
		ok = false
	}
	if ok {
		l.kb.Products = append(l.kb.Products, p)
	}
}

func (l *loader) alternatives(n *yaml.Node, dst *[]Alternative) {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "alternatives: expected a list of tool ids, best first")
		return
	}
	seen := map[string]bool{}
	for _, c := range n.Content {
		var a Alternative
		switch c.Kind {
		case yaml.ScalarNode:
			a.Tool = c.Value
		case yaml.MappingNode:
			l.decode(c, "alternative", fields{"tool": l.str(&a.Tool), "why": l.str(&a.Why)})
		default:
			l.errorf(c, "alternatives: expected a tool id or {tool: id, why: …}")
			continue
		}
		if a.Tool == "" {
			l.errorf(c, "alternatives: missing tool id")
			continue
		}
		if seen[a.Tool] {
			l.errorf(c, "alternatives: %q is listed twice", a.Tool)
			continue
		}
		seen[a.Tool] = true
		l.checks = append(l.checks, refCheck{"tool", a.Tool, l.pos(c), "alternatives"})
		*dst = append(*dst, a)
	}
}

func (l *loader) provider(n *yaml.Node) {
	p := &Provider{Pos: l.pos(n)}
	var nodes = map[string]*yaml.Node{}
	keep := func(name string, fn func(*yaml.Node)) func(*yaml.Node) {
		return func(v *yaml.Node) { nodes[name] = v; fn(v) }
	}
	if !l.decode(n, "provider", fields{
		"id": l.str(&p.ID), "name": l.str(&p.Name), "kind": keep("kind", l.str(&p.Kind)),
		"website": keep("website", l.str(&p.Website)), "description": l.str(&p.Description),
		"siren": keep("siren", l.str(&p.SIREN)), "cnll_url": keep("cnll_url", l.str(&p.CNLLURL)),
		"establishments": func(v *yaml.Node) { nodes["establishments"] = v; l.establishments(v, &p.Establishments) },
		"national":       l.boolean(&p.National),
		"services":       keep("services", l.vocab(&p.Services, Services, "service")),
		"tools":          l.refs(&p.Tools, "tool", "provider tools"),
		"hosts":          l.refs(&p.Hosts, "category", "provider hosts"),
		"networks":       l.strs(&p.Networks), "audience": keep("audience", l.vocab(&p.Audience, Audiences, "audience")),
		"sources": func(v *yaml.Node) { nodes["sources"] = v; l.sources(v, &p.Sources) },
	}) {
		return
	}
	ok := l.entry("provider", n, p.ID, map[string]string{"id": p.ID, "name": p.Name, "kind": p.Kind})
	if l.checkProvider(p, n, nodes) && ok {
		l.kb.Providers = append(l.kb.Providers, p)
	}
}

// checkProvider checks a provider's fields against each other and the format; nodes are
// the fields' positions, for messages.
func (l *loader) checkProvider(p *Provider, n *yaml.Node, nodes map[string]*yaml.Node) bool {
	ok := true
	bad := func(field, format string, args ...any) {
		at := nodes[field]
		if at == nil {
			at = n
		}
		l.errorf(at, "provider %s: "+format, append([]any{orUnnamed(p.ID)}, args...)...)
		ok = false
	}
	switch p.Kind {
	case "", KindCompany, KindCooperative, KindAssociation:
	default:
		bad("kind", "kind %q must be company, cooperative or association", p.Kind)
	}
	if p.Website != "" {
		if msg := checkURL(p.Website); msg != "" {
			bad("website", "website %s", msg)
		}
	}
	if p.CNLLURL != "" {
		if msg := checkURL(p.CNLLURL); msg != "" {
			bad("cnll_url", "cnll_url %s", msg)
		}
	}
	if p.SIREN != "" && !ValidSIREN(p.SIREN) {
		bad("siren", "SIREN %q is not 9 digits with a valid checksum", p.SIREN)
	}
	// Only when the list is absent or empty: an invalid item was already reported.
	if n := nodes["sources"]; n == nil || len(n.Content) == 0 {
		bad("sources", "needs at least one source (url and date of the page that shows its facts)")
	} else if len(p.Sources) < len(n.Content) {
		ok = false
	}
	if n := nodes["establishments"]; (n == nil || len(n.Content) == 0) && !p.National {
		bad("establishments", "needs an establishment (city and département, or region) or national: true")
	} else if n != nil && len(p.Establishments) < len(n.Content) {
		ok = false
	}
	return ok
}

// warnNeeds warns about needs too long to ever match and about needs that are also
// place names: "cagnotte" is Cagnotte (Landes). The understanding reads such a word as a
// need only away from a place cue, but an admin should know.
func (l *loader) warnNeeds(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode || l.geo == nil {
		return
	}
	for _, c := range n.Content {
		if words := len(strings.Fields(textnorm.Fold(c.Value))); words > MaxPhraseWords {
			l.kb.Warnings = append(l.kb.Warnings, Issue{Pos: l.pos(c),
				Msg: fmt.Sprintf("need %q has %d words: a message matches at most %d, so it never matches; say it shorter", c.Value, words, MaxPhraseWords)})
		}
		if places := l.geo.PlaceNames(textnorm.Fold(c.Value)); len(places) > 0 {
			l.kb.Warnings = append(l.kb.Warnings, Issue{Pos: l.pos(c),
				Msg: fmt.Sprintf("need %q is also a place name (%s): people may mean the place", c.Value, strings.Join(places, ", "))})
		}
	}
}

// list decodes a sequence of mappings item by item; item returns false for an item it
// rejected (and reported). Establishments and sources decode this way.
func list[T any](l *loader, n *yaml.Node, field, shape string, item func(c *yaml.Node) (T, bool)) []T {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "%s: expected a list of %s", field, shape)
		return nil
	}
	var out []T
	for _, c := range n.Content {
		if v, ok := item(c); ok {
			out = append(out, v)
		}
	}
	return out
}

// strAt decodes a text field and keeps its node, for messages about its value.
func (l *loader) strAt(dst *string, at **yaml.Node) func(*yaml.Node) {
	return func(v *yaml.Node) { *at = v; l.str(dst)(v) }
}

func (l *loader) establishments(n *yaml.Node, dst *[]Establishment) {
	*dst = list(l, n, "establishments", "{city, departement} or {region}", l.establishment)
}

// establishment decodes one place of a provider, resolving its département, region and
// commune against the geography.
func (l *loader) establishment(c *yaml.Node) (Establishment, bool) {
	var e Establishment
	var depNode, regNode, cityNode *yaml.Node
	if !l.decode(c, "establishment", fields{
		"city": l.strAt(&e.City, &cityNode), "departement": l.strAt(&e.Departement, &depNode),
		"region": l.strAt(&e.Region, &regNode),
	}) {
		return e, false
	}
	ok := true
	switch {
	case e.Departement != "":
		ok = l.resolveDepartement(&e, depNode, regNode)
	case e.Region != "":
		code, found := l.geo.ResolveRegion(e.Region)
		if !found {
			l.errorf(regNode, "unknown region %q (one of the 18 regions, by name or INSEE code)", e.Region)
			ok = false
		}
		e.Region = code
	}
	if e.City != "" {
		ok = l.resolveCity(&e, cityNode, depNode != nil, ok)
	}
	if e.Region == "" && ok {
		l.errorf(c, "establishment needs a département or a region")
		ok = false
	}
	return e, ok
}

// resolveDepartement turns a département name or code into its code and sets the region
// from it, refusing a region that contradicts it.
func (l *loader) resolveDepartement(e *Establishment, depNode, regNode *yaml.Node) bool {
	code, found := l.geo.ResolveDepartement(e.Departement)
	if !found {
		l.errorf(depNode, "unknown département %q (INSEE code such as \"35\" or \"2A\", or its name)", e.Departement)
		return false
	}
	e.Departement = code
	d, _ := l.geo.Departement(code)
	if e.Region != "" {
		if r, found := l.geo.ResolveRegion(e.Region); found && r != d.Region {
			rr, _ := l.geo.Region(d.Region)
			l.errorf(regNode, "région %q does not match département %s, which is in %s", e.Region, code, rr.Name)
			return false
		}
	}
	e.Region = d.Region
	return true
}

// resolveCity finds the commune of a city in its département.
func (l *loader) resolveCity(e *Establishment, cityNode *yaml.Node, depGiven, ok bool) bool {
	switch {
	case e.Departement == "" && !depGiven:
		l.errorf(cityNode, "city %q needs its département (e.g. departement: \"35\")", e.City)
		return false
	case e.Departement == "" || !ok:
		return ok
	}
	com, found := l.geo.FindCommune(e.City, e.Departement)
	if !found {
		l.errorf(cityNode, "no commune %q in département %s", e.City, e.Departement)
		return false
	}
	e.Commune, e.City = com.Code, com.Name
	return true
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func (l *loader) sources(n *yaml.Node, dst *[]Source) {
	*dst = list(l, n, "sources", "{url, date, shows}", l.source)
}

// source decodes one source: a URL and the page's date (or, undated, when it was read).
func (l *loader) source(c *yaml.Node) (Source, bool) {
	var s Source
	var at struct{ url, date, checked *yaml.Node }
	if !l.decode(c, "source", fields{"url": l.strAt(&s.URL, &at.url), "date": l.strAt(&s.Date, &at.date),
		"checked": l.strAt(&s.Checked, &at.checked), "shows": l.str(&s.Shows)}) {
		return s, false
	}
	urlOK := l.sourceURL(c, s.URL, at.url)
	dateOK := l.sourceDate(c, s, at.date, at.checked)
	return s, urlOK && dateOK
}

// sourceURL checks that a source has a URL a person can open.
func (l *loader) sourceURL(c *yaml.Node, u string, at *yaml.Node) bool {
	if u == "" {
		l.errorf(c, "source: url is required")
		return false
	}
	if msg := checkURL(u); msg != "" {
		l.errorf(at, "source url %s", msg)
		return false
	}
	return true
}

// sourceDate checks that a source says when its page was written, or else when it was read.
func (l *loader) sourceDate(c *yaml.Node, s Source, dateNode, checkedNode *yaml.Node) bool {
	switch {
	case s.Date == "" && s.Checked == "":
		l.errorf(c, "source: a date is required: date (of the page, YYYY, YYYY-MM or YYYY-MM-DD) or, for an undated page, checked (when it was read)")
	case s.Date != "" && (!dateRe.MatchString(s.Date) || !validDate(s.Date)):
		l.errorf(dateNode, "source date %q: use YYYY, YYYY-MM or YYYY-MM-DD", s.Date)
	case s.Checked != "" && (!dateRe.MatchString(s.Checked) || !validDate(s.Checked)):
		l.errorf(checkedNode, "source checked %q: use YYYY-MM-DD", s.Checked)
	default:
		return true
	}
	return false
}

func validDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	t, err := time.Parse(layout, s)
	return err == nil && t.Year() >= 1990 && t.Before(time.Now().AddDate(0, 1, 0))
}
