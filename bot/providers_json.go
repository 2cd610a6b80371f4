// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"github.com/boussole-libre/boussole/knowledge"
)

// SearchError is a provider search that could not be understood; Reply says why, in the
// words the chat would use.
type SearchError struct{ Reply Reply }

func (e *SearchError) Error() string { return e.Reply.Title + " — " + e.Reply.Text }

// ProviderJSON is a provider in the providers document (`boussole providers --json`,
// GET /api/v1/providers).
type ProviderJSON struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	URL         string   `json:"url"`
	Description string   `json:"description,omitempty"`
	SIREN       string   `json:"siren,omitempty"`
	CNLLURL     string   `json:"cnll_url,omitempty"`
	National    bool     `json:"national"`
	Services    []string `json:"services"`
	Tools       []string `json:"tools"`
	Networks    []string `json:"networks"`
	Hosts       []string `json:"hosts"` // categories of services it runs for the public

	Audience       []string            `json:"audience"`
	Sources        []SourceJSON        `json:"sources"`
	Establishments []EstablishmentJSON `json:"establishments"`
	Match          string              `json:"match"`
}

// SourceJSON is a source of a provider: the page that backs a fact, and its date.
type SourceJSON struct {
	URL     string `json:"url"`
	Date    string `json:"date,omitempty"`
	Checked string `json:"checked,omitempty"`
	Shows   string `json:"shows,omitempty"`
}

// EstablishmentJSON is where a provider works.
type EstablishmentJSON struct {
	City        *string   `json:"city"`
	Departement *CodeName `json:"departement"`
	Region      CodeName  `json:"region"`
}

// ProvidersDocument is the whole providers document: what was understood, then every
// provider, best first. It is a contract (`boussole providers --json`, the web API): fields
// are only ever added.
type ProvidersDocument struct {
	Region      *CodeName      `json:"region"`
	Departement *CodeName      `json:"departement"`
	City        *string        `json:"city"`
	Tool        *Ref           `json:"tool"`
	Service     *string        `json:"service"`
	Providers   []ProviderJSON `json:"providers"`
	Local       int            `json:"local"` // providers in the place asked for, before national ones
	Nearest     []RegionCount  `json:"nearest,omitempty"`
	Text        string         `json:"text"`
}

var matchLevelNames = map[knowledge.Level]string{
	knowledge.LevelNone: "", knowledge.LevelNational: "national", knowledge.LevelRegion: "region",
	knowledge.LevelArea: "former_region", knowledge.LevelDep: "departement", knowledge.LevelCity: "city",
}

func orEmptyList(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// NewProvidersDocument builds the providers document for a search; a search that cannot
// be understood (an unknown place or tool) is an error carrying the reply that says so.
func NewProvidersDocument(kb *knowledge.KB, a ProvidersArgs) (ProvidersDocument, error) {
	s, bad := ResolveProviders(kb, a, French)
	if bad != nil {
		return ProvidersDocument{}, &SearchError{Reply: *bad}
	}
	out := ProvidersDocument{Providers: []ProviderJSON{}}
	r := ProvidersFor(kb, a, French)
	out.Text, out.Nearest = Text(r), r.Nearest
	describeSearch(kb, s, &out)
	for _, rp := range rankAllProviders(kb, s) {
		out.Providers = append(out.Providers, newProviderJSON(kb, rp))
		if rp.Level != knowledge.LevelNational { // LevelNone: no place asked, every provider counts
			out.Local++
		}
	}
	return out, nil
}

// describeSearch fills in the place, tool and service understood.
func describeSearch(kb *knowledge.KB, s ProviderSearch, out *ProvidersDocument) {
	if !s.Place.IsZero() {
		reg, _ := kb.Geo.Region(s.Place.Region)
		out.Region = &CodeName{Code: reg.Code, Name: reg.Name}
		if d, ok := kb.Geo.Departement(s.Place.Departement); ok {
			out.Departement = &CodeName{Code: d.Code, Name: d.Name}
		}
		if s.Place.City != "" {
			c := s.Place.City
			out.City = &c
		}
	}
	if len(s.Tools) > 0 {
		t, _ := kb.Tool(s.Tools[0])
		out.Tool = &Ref{ID: t.ID, Name: t.Name}
	}
	if s.Service != "" {
		out.Service = &s.Service
	}
}

// rankAllProviders ranks every provider for the search; when none shows the tool or service, all
// providers near the place instead.
func rankAllProviders(kb *knowledge.KB, s ProviderSearch) []knowledge.RankedProvider {
	q := knowledge.ProviderQuery{Place: s.Place, Tools: s.Tools, Service: s.Service, Strict: true, StrictService: true}
	ranked := kb.RankProviders(q)
	if len(ranked) == 0 && (len(s.Tools) > 0 || s.Service != "") {
		q.Strict, q.StrictService = false, false
		ranked = kb.RankProviders(q)
	}
	return ranked
}

func newProviderJSON(kb *knowledge.KB, rp knowledge.RankedProvider) ProviderJSON {
	p := rp.Provider
	jp := ProviderJSON{ID: p.ID, Name: p.Name, Kind: p.Kind, URL: p.Website, Description: p.Description,
		SIREN: p.SIREN, CNLLURL: p.CNLLURL, National: p.National, Services: orEmptyList(p.Services), Tools: orEmptyList(p.Tools),
		Networks: orEmptyList(p.Networks), Hosts: orEmptyList(p.Hosts), Audience: orEmptyList(p.Audience), Match: matchLevelNames[rp.Level],
		Establishments: []EstablishmentJSON{}}
	for _, src := range p.Sources {
		jp.Sources = append(jp.Sources, SourceJSON{URL: src.URL, Date: src.Date, Checked: src.Checked, Shows: src.Shows})
	}
	for _, e := range p.Establishments {
		je := EstablishmentJSON{}
		reg, _ := kb.Geo.Region(e.Region)
		je.Region = CodeName{Code: reg.Code, Name: reg.Name}
		if d, ok := kb.Geo.Departement(e.Departement); ok {
			je.Departement = &CodeName{Code: d.Code, Name: d.Name}
		}
		if e.City != "" {
			c := e.City
			je.City = &c
		}
		jp.Establishments = append(jp.Establishments, je)
	}
	return jp
}
